package dev.redazione.cli;

import dev.redazione.core.Severity;
import dev.redazione.ingest.ContentLoader;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code redazione validate}: every problem of the content folder, sorted by file and line. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the content folder and prints every problem, sorted by file and line.",
      "Each problem is one line `path:line: severity: CODE message`; a summary line follows."
          + " Besides parse errors it reports missing images, duplicate slugs, empty or very short"
          + " bodies, undated articles, derived titles, titles too long for a headline, page"
          + " furniture left in a body, and drafts."
    })
final class ValidateCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    text,
    json
  }

  @Spec private CommandSpec spec;
  @Mixin private ContentOption content;

  @Option(names = "--strict", description = "Fail (exit 1) on warnings too, not only on errors.")
  private boolean strict;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  private final ContentLoader loader;
  private final Terminal terminal;

  @Inject
  ValidateCommand(ContentLoader loader, Terminal terminal) {
    this.loader = loader;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Path folder = content.folder();
    ValidationReport report = ValidationReport.of(loader.load(folder));
    DiagnosticPrinter printer = new DiagnosticPrinter(terminal, content::display);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("articles", report.articles());
      json.put("drafts", report.drafts());
      json.put("errors", report.count(Severity.ERROR));
      json.put("warnings", report.count(Severity.WARNING));
      json.put("notes", report.count(Severity.INFO));
      json.put("passed", !report.fails(strict));
      json.put("diagnostics", report.diagnostics().stream().map(printer::json).toList());
      JsonPrinter.print(out, json);
    } else {
      report.diagnostics().forEach(d -> out.println(printer.line(d)));
      out.println(report.summary());
    }
    out.flush();
    return ExitCode.of(report.fails(strict));
  }
}
