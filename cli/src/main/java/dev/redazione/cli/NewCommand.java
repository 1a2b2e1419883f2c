package dev.redazione.cli;

import dev.redazione.core.Article;
import dev.redazione.core.Author;
import dev.redazione.core.Body;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Slug;
import dev.redazione.core.Source;
import dev.redazione.core.SourceFormat;
import dev.redazione.core.Tag;
import dev.redazione.ingest.CanonicalMarkdown;
import dev.redazione.ingest.ContentLoader;
import dev.redazione.ingest.LoadResult;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code redazione new}: scaffolds a draft article and prints its path. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Scaffolds a draft article with today's date and prints its path.",
      "Creates `<slug>.md` in the content folder: front matter with the title, the date, tags and"
          + " author, marked `draft: true` (remove it to publish), and a placeholder body. The slug"
          + " is made from the title. When an article or file already has it, nothing is"
          + " written unless --force is given, which writes `<slug>-2.md` (or the next free"
          + " number) beside it."
    })
final class NewCommand implements Callable<Integer> {

  static final String PLACEHOLDER = "Scrivi qui il testo dell’articolo.";

  @Spec private CommandSpec spec;
  @Mixin private ContentOption content;

  @Parameters(paramLabel = "TITOLO", description = "The headline of the article.")
  private String title;

  @Option(
      names = "--tags",
      paramLabel = "TAG",
      split = ",",
      description = "Comma-separated tags, such as `OpenAI,Microsoft`.")
  private List<String> tags = List.of();

  @Option(names = "--author", paramLabel = "NAME", description = "The author's name.")
  private String author;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      converter = DayConverter.class,
      description = "The publication date (default: today).")
  private LocalDate date;

  @Option(
      names = "--force",
      description = "Write the article even when its slug is taken, under a numbered slug.")
  private boolean force;

  private final ContentLoader loader;

  @Inject
  NewCommand(ContentLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() throws IOException {
    Path folder = content.folder();
    requireName("title", title);
    tags.forEach(tag -> requireName("tag", tag));
    if (author != null) {
      requireName("author", author);
    }
    Slug slug = freeSlug(Slug.of(title), folder);
    Path file = folder.resolve(slug.value() + ".md");
    Files.writeString(
        file,
        CanonicalMarkdown.write(scaffold(slug, file.getFileName().toString())),
        StandardCharsets.UTF_8);
    spec.commandLine().getOut().println(file);
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }

  private void requireName(String what, String text) {
    if (!Slug.canMake(text)) {
      throw new ParameterException(
          spec.commandLine(), what + " `" + text + "` has no letter or digit");
    }
  }

  private Article scaffold(Slug slug, String path) {
    Article.Builder article =
        Article.builder()
            .slug(slug)
            .title(title.strip())
            .date(PublicationDate.ofDay(date == null ? LocalDate.now() : date))
            .tags(tags.stream().map(Tag::of).toList())
            .body(new Body(PLACEHOLDER, "<p>" + PLACEHOLDER + "</p>", PLACEHOLDER))
            .source(new Source(path, SourceFormat.FRONT_MATTER_MARKDOWN))
            .draft(true);
    if (author != null) {
      article.authors(List.of(Author.of(author)));
    }
    return article.build();
  }

  /**
   * The title's slug when no article, draft or file has it; else, with --force, the first free
   * numbered one, and without it a refusal naming who has it.
   */
  private Slug freeSlug(Slug base, Path folder) {
    LoadResult load = loader.load(folder);
    Map<Slug, String> taken = new HashMap<>();
    load.archive().articles().forEach(a -> taken.put(a.slug(), a.report().source().path()));
    load.drafts().forEach(a -> taken.put(a.slug(), a.report().source().path()));
    if (!isTaken(base, taken, folder)) {
      return base;
    }
    if (!force) {
      String holder =
          taken.containsKey(base)
              ? "the article in " + content.display(taken.get(base))
              : "the file " + folder.resolve(base.value() + ".md");
      throw new ParameterException(
          spec.commandLine(),
          "slug `"
              + base
              + "` is already used by "
              + holder
              + "; nothing written (use --force to write it under a numbered slug)");
    }
    Slug slug = base;
    for (int suffix = 2; isTaken(slug, taken, folder); suffix++) {
      slug = base.withSuffix(suffix);
    }
    spec.commandLine()
        .getErr()
        .println("new: note: slug `" + base + "` is already used; written as `" + slug + "`");
    return slug;
  }

  private static boolean isTaken(Slug slug, Map<Slug, String> taken, Path folder) {
    return taken.containsKey(slug) || Files.exists(folder.resolve(slug.value() + ".md"));
  }

  /** Reads {@code --date} as a calendar day, saying in plain words what is expected. */
  static final class DayConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "`"
                + value
                + "` is not a day of the calendar; expected YYYY-MM-DD, such as 2025-02-28");
      }
    }
  }
}
