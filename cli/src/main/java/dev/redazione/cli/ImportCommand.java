package dev.redazione.cli;

import dev.redazione.core.Article;
import dev.redazione.core.Severity;
import dev.redazione.core.SlugClaims;
import dev.redazione.core.SourceFormat;
import dev.redazione.core.Tag;
import dev.redazione.ingest.CanonicalMarkdown;
import dev.redazione.ingest.ContentLoader;
import dev.redazione.ingest.ReadResult;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code redazione import}: raw pasted text or messy front matter into canonical {@code <slug>.md}
 * files.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Converts pasted text or messy front matter into canonical `<slug>.md` files.",
      "Prints per file what was extracted, with provenance, and which lines of page furniture"
          + " were removed, with their rule. Tags that a raw text mentions, among those the"
          + " articles of the target folder (and of --tags-from) use and those of the"
          + " front-matter files imported with it, are added as inferred tags. Never overwrites a file without --force, nor writes through a symbolic link;"
          + " a file is replaced whole, never left half-written. Never deletes or changes the"
          + " original."
    })
final class ImportCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to import.")
  private List<Path> files;

  @Option(
      names = "--to",
      paramLabel = "DIR",
      defaultValue = "${sys:" + ContentOption.DEFAULT_PROPERTY + ":-content}",
      description = "Where to write (default: ${DEFAULT-VALUE}).")
  private Path target;

  @Option(
      names = "--tags-from",
      paramLabel = "DIR",
      description =
          "Also infer the tags the articles of this content folder use (the target folder's are"
              + " always used).")
  private Path tagsFrom;

  @Option(names = "--dry-run", description = "Show what would be written, write nothing.")
  private boolean dryRun;

  @Option(names = "--force", description = "Overwrite existing files in the target folder.")
  private boolean force;

  private final ContentLoader loader;
  private final Terminal terminal;

  @Inject
  ImportCommand(ContentLoader loader, Terminal terminal) {
    this.loader = loader;
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    Set<Tag> known = knownTags();
    Map<Path, ReadResult> results = loader.readFiles(files, known);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SlugClaims written =
        new SlugClaims(List.of(), "taken by another file of this import", "written as");
    ImportTally tally = new ImportTally();
    for (Path file : files) {
      ReadResult result = results.get(file);
      if (result == null) {
        err.println(file + ": error: not found");
        tally.notFound();
        continue;
      }
      DiagnosticPrinter diagnostics =
          new DiagnosticPrinter(terminal, relative -> file.resolveSibling(relative).toString());
      if (result.article().isEmpty()) {
        result.diagnostics().forEach(d -> err.println(diagnostics.line(d)));
        err.println(file + ": error: no article could be read; nothing written");
        tally.failed();
        continue;
      }
      Article article = written.unique(result.article().get());
      Path destination = target.resolve(article.slug().value() + ".md");
      if (isSameFile(file, destination)) {
        err.println(
            file + ": error: importing would overwrite the original; use another --to folder");
        tally.refused();
        continue;
      }
      Optional<String> unwritable = ArticleFileWriter.refusal(destination, force);
      if (unwritable.isPresent()) {
        err.println(destination + ": error: " + unwritable.get());
        tally.refused();
        continue;
      }
      written.take(article.slug());
      new ArticlePrinter(out, terminal, diagnostics).print(article, file.toString());
      if (!dryRun) {
        ArticleFileWriter.write(destination, CanonicalMarkdown.write(article));
      }
      out.println((dryRun ? "would write " : "wrote ") + destination);
      out.println();
      tally.imported(
          article.report().diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR));
    }
    if (known.isEmpty() && results.values().stream().anyMatch(ImportCommand::isExtracted)) {
      err.println(
          "import: note: no archive tags to infer: "
              + target
              + " has no tagged articles; use --tags-from DIR to infer the tags of another"
              + " content folder");
    }
    out.println(tally.summary(dryRun));
    out.flush();
    err.flush();
    return tally.exitCode();
  }

  /** The tags the articles of the target folder and of {@code --tags-from} use. */
  private Set<Tag> knownTags() {
    if (tagsFrom != null && !Files.isDirectory(tagsFrom)) {
      throw new ParameterException(
          spec.commandLine(),
          "--tags-from folder `" + tagsFrom + "` does not exist or is not a folder");
    }
    Set<Tag> tags = new HashSet<>();
    for (Path folder : tagsFrom == null ? List.of(target) : List.of(target, tagsFrom)) {
      if (Files.isDirectory(folder)) {
        loader.load(folder).archive().tags().forEach(count -> tags.add(count.term()));
      }
    }
    return Set.copyOf(tags);
  }

  /** Whether the file was read by extraction (raw text, HTML page), which infers tags. */
  private static boolean isExtracted(ReadResult result) {
    return result
        .article()
        .filter(a -> a.report().source().format() != SourceFormat.FRONT_MATTER_MARKDOWN)
        .isPresent();
  }

  private static boolean isSameFile(Path file, Path destination) throws IOException {
    return Files.exists(destination) && Files.isSameFile(file, destination);
  }
}
