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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redazione new}: scaffolds a draft article and prints its path. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Scaffolds a draft article with today's date and prints its path.",
      "Creates `<slug>.md` in the content folder: front matter with the title, the date, tags and"
          + " author, marked `draft: true` (remove it to publish), and a placeholder body. The slug"
          + " is made from the title and made unique."
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
      description = "The publication date (default: today).")
  private LocalDate date;

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
    Slug slug = uniqueSlug(Slug.of(title), folder);
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

  private Slug uniqueSlug(Slug base, Path folder) {
    LoadResult load = loader.load(folder);
    Set<Slug> taken = new HashSet<>();
    load.archive().articles().forEach(a -> taken.add(a.slug()));
    load.drafts().forEach(a -> taken.add(a.slug()));
    Slug slug = base;
    for (int suffix = 2;
        taken.contains(slug) || Files.exists(folder.resolve(slug.value() + ".md"));
        suffix++) {
      slug = base.withSuffix(suffix);
    }
    return slug;
  }
}
