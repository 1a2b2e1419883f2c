package dev.redazione.cli;

import dev.redazione.core.Article;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.core.Severity;
import dev.redazione.ingest.ArticleJson;
import dev.redazione.ingest.ContentLoader;
import dev.redazione.ingest.LoadResult;
import dev.redazione.ingest.ReadResult;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redazione inspect}: one article as extracted, field by field, with provenance. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Shows one article as extracted, each field with its provenance.",
      "Prints each field with its value and provenance, the headings, the lines cleaning removed"
          + " with their rule, and the diagnostics. A file inside the content folder, or a slug, is"
          + " shown as the site sees it (with inferred tags and its unique slug)."
    })
final class InspectCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private ContentOption content;

  @Parameters(
      paramLabel = "FILE|SLUG",
      description = "An article file, or the slug of an article of the content folder.")
  private String target;

  @Option(names = "--json", description = "Print the canonical JSON of the article.")
  private boolean json;

  private final ContentLoader loader;
  private final Terminal terminal;

  @Inject
  InspectCommand(ContentLoader loader, Terminal terminal) {
    this.loader = loader;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Path file = Path.of(target);
    ReadResult result = Files.isRegularFile(file) ? readFile(file) : readSlug(target);
    PrintWriter out = spec.commandLine().getOut();
    DiagnosticPrinter diagnostics = new DiagnosticPrinter(terminal, this::display);
    Optional<Article> article = result.article();
    if (article.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      result.diagnostics().forEach(d -> err.println(diagnostics.line(d)));
      err.println(target + ": no article could be read");
      err.flush();
      return ExitCode.CONTENT_ERRORS;
    }
    if (json) {
      JsonPrinter.print(out, ArticleJson.toMap(article.get()));
    } else {
      new ArticlePrinter(out, terminal, diagnostics)
          .print(article.get(), display(article.get().report().source().path()));
    }
    out.flush();
    return ExitCode.of(result.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR));
  }

  private String display(String relativePath) {
    Path file = Path.of(target);
    return Files.isRegularFile(file) && !insideContent(file)
        ? file.toString()
        : content.display(relativePath);
  }

  private boolean insideContent(Path file) {
    Path folder = content.folderIfPresent().orElse(null);
    return folder != null
        && file.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize());
  }

  private ReadResult readFile(Path file) {
    if (!insideContent(file)) {
      return loader.readFiles(List.of(file), List.of()).get(file);
    }
    Path folder = content.folder();
    String relative =
        folder
            .toAbsolutePath()
            .normalize()
            .relativize(file.toAbsolutePath().normalize())
            .toString()
            .replace('\\', '/');
    LoadResult load = loader.load(folder);
    return Stream.concat(load.archive().articles().stream(), load.drafts().stream())
        .filter(a -> a.report().source().path().equals(relative))
        .findFirst()
        .map(ReadResult::of)
        .orElseGet(() -> failed(load.diagnostics(), relative));
  }

  private static ReadResult failed(List<Diagnostic> all, String relative) {
    List<Diagnostic> mine = all.stream().filter(d -> d.path().equals(relative)).toList();
    return ReadResult.failed(
        mine.isEmpty()
            ? List.of(
                Diagnostic.error(
                    relative,
                    0,
                    DiagnosticCode.NOT_AN_ARTICLE.code(),
                    "the file is not read as an article"))
            : mine);
  }

  private ReadResult readSlug(String slug) {
    LoadResult load = loader.load(content.folder());
    return load.archive()
        .findBySlug(slug)
        .or(() -> load.drafts().stream().filter(d -> d.slug().value().equals(slug)).findFirst())
        .map(ReadResult::of)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "`"
                        + slug
                        + "` is neither a file nor the slug of an article in `"
                        + content.folder()
                        + "`; `redazione list` shows the slugs"));
  }
}
