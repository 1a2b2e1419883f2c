package dev.redazione.cli;

import dev.redazione.ingest.ContentLoader;
import dev.redazione.ingest.LoadResult;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code redazione stats}: counts of the content folder. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Counts articles by format, year, tag and author, words and diagnostics.",
      "Counts the published articles by format, year, tag and author, their total words, and the"
          + " diagnostics of `validate` by severity."
    })
final class StatsCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private ContentOption content;

  @Option(names = "--json", description = "Print the counts as a JSON object.")
  private boolean json;

  private final ContentLoader loader;
  private final Terminal terminal;

  @Inject
  StatsCommand(ContentLoader loader, Terminal terminal) {
    this.loader = loader;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Path folder = content.folder();
    LoadResult load = loader.load(folder);
    ArchiveStats stats = ArchiveStats.of(load.archive(), ValidationReport.of(load));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonPrinter.print(out, stats.json());
    } else {
      out.println("articles  " + stats.articles() + " (" + stats.drafts() + " drafts)");
      out.println("words     " + stats.words());
      section(out, "by format", stats.formats());
      section(out, "by year", stats.years());
      section(out, "by tag", stats.tags());
      section(out, "by author", stats.authors());
      section(out, "diagnostics", stats.diagnostics());
    }
    out.flush();
    return ExitCode.OK;
  }

  private void section(PrintWriter out, String title, Map<String, ? extends Number> counts) {
    out.println(terminal.bold(title));
    if (counts.isEmpty()) {
      out.println("  (none)");
    }
    int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
    counts.forEach(
        (name, count) ->
            out.println(String.format("  %-" + width + "s  %d", name, count.longValue())));
  }
}
