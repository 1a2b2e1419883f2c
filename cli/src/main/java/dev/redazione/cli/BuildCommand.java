package dev.redazione.cli;

import dev.redazione.core.Severity;
import dev.redazione.ingest.ContentLoader;
import dev.redazione.ingest.LoadResult;
import dev.redazione.ingest.ReadCache;
import dev.redazione.search.LuceneSearchFactory;
import dev.redazione.site.Site;
import dev.redazione.site.SiteRenderer;
import dev.redazione.site.SiteSettings;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code redazione build}: the whole site as static files, rendered by the server's own code. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Exports the whole site as static files for any static file server.",
      "Renders every page with the same templates and code as `serve`, as `index.html` files in"
          + " folders named like their path (pretty URLs), plus the Atom and RSS feeds, the sitemap,"
          + " robots rules, the stylesheet, the JSON API as files, a 404 page, a search page that"
          + " searches a prebuilt index in the browser, every image of the content folder and"
          + " header files for static hosts. The output folder must be new, empty, or written by a"
          + " previous build; the site is written next to it and swapped in only when complete, so"
          + " a failed build leaves the previous one as it was."
          + " Exits 1 when the content has errors; the site is written all the same."
    })
final class BuildCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private ContentOption content;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "site-out",
      description = "Where to write the site (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      defaultValue = SiteSettings.DEFAULT_BASE_URL,
      description =
          "The public address of the site, for canonical links, feeds and sitemap (default: ${DEFAULT-VALUE}).")
  private String baseUrl;

  @Option(names = "--json", description = "Print a JSON summary instead of the text one.")
  private boolean json;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "Keep what was read in DIR (the read cache `serve` keeps, by default in the user's cache"
              + " folder, redazione), so that the next build reads only changed files. Default:"
              + " no cache.")
  private Path cache;

  private final ContentLoader loader;
  private final Terminal terminal;

  @Inject
  BuildCommand(ContentLoader loader, Terminal terminal) {
    this.loader = loader;
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    Path folder = content.folder();
    SiteSettings settings = settings();
    OutputFolder output = new OutputFolder(out);
    if (!output.isUsable()) {
      throw new ParameterException(
          spec.commandLine(),
          "output folder `"
              + out
              + "` is not empty and was not written by `redazione build`; choose another --out");
    }
    PrintWriter err = spec.commandLine().getErr();
    ReadCache reads =
        cache == null ? null : ReadCache.in(cache, notice -> err.println("build: " + notice));
    long started = System.nanoTime();
    LoadResult load = (reads == null ? loader : ContentLoader.remembering(reads)).load(folder);
    long loadMillis = (System.nanoTime() - started) / 1_000_000;
    Site site =
        SiteRenderer.create(settings, LuceneSearchFactory.create())
            .snapshot(load.archive(), load.images(), Instant.now());
    ExportSummary summary;
    try {
      summary =
          new StaticExport(site, output)
              .write(total -> Progress.start(err, terminal, "build", total));
    } catch (IOException e) {
      throw new CommandFailure(
          "cannot write the site to " + out + " (" + IoMessages.reason(e) + ")", e);
    }
    summary.warnings().forEach(warning -> err.println("build: warning: " + warning));
    if (reads != null) {
      reads.flush();
    }
    err.flush();
    long errors = load.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
    PrintWriter stdout = spec.commandLine().getOut();
    if (json) {
      var result = summary.json();
      result.put("articles", load.archive().size());
      result.put("errors", errors);
      result.put("loadMillis", loadMillis);
      result.put("out", out.toString());
      JsonPrinter.print(stdout, result);
    } else {
      stdout.println(
          "built "
              + load.archive().size()
              + " articles: "
              + summary.pages()
              + " pages and "
              + summary.images()
              + " images in "
              + out
              + " ("
              + summary.bytes() / 1024
              + " KiB, of which the search index "
              + summary.searchIndexBytes() / 1024
              + " KiB; loaded in "
              + loadMillis
              + " ms, rendered and written in "
              + summary.millis()
              + " ms)");
      if (errors > 0) {
        stdout.println(
            errors
                + (errors == 1 ? " content error" : " content errors")
                + "; `redazione validate` lists them");
      }
    }
    stdout.flush();
    return ExitCode.of(errors > 0);
  }

  private SiteSettings settings() {
    try {
      return SiteSettings.of(baseUrl);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
