package dev.redazione.cli;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Slug;
import dev.redazione.core.Tag;
import dev.redazione.ingest.ContentLoader;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code redazione list}: the published articles as a table of slug, date, title and tags. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description =
        "Lists the published articles, newest first (undated last): slug, date, title, tags.")
final class ListCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private ContentOption content;

  @Option(
      names = "--tag",
      paramLabel = "TAG",
      description = "Only articles with this tag (any spelling: `openai` finds `OpenAI`).")
  private String tag;

  @Option(names = "--year", paramLabel = "YEAR", description = "Only articles dated in this year.")
  private Integer year;

  @Option(names = "--json", description = "Print a JSON array of {slug, date, title, tags, path}.")
  private boolean json;

  private final ContentLoader loader;
  private final Terminal terminal;

  @Inject
  ListCommand(ContentLoader loader, Terminal terminal) {
    this.loader = loader;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Archive archive = loader.load(content.folder()).archive();
    List<Article> articles = tag == null ? archive.articles() : archive.byTag(tagKey());
    if (year != null) {
      articles =
          articles.stream().filter(a -> a.date().map(d -> d.year() == year).orElse(false)).toList();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonPrinter.print(out, articles.stream().map(this::json).toList());
    } else {
      TablePrinter table =
          new TablePrinter(List.of("SLUG", "DATE", "TITLE", "TAGS"))
              .limit(0, 40)
              .limit(2, 60)
              .limit(3, 40);
      articles.forEach(a -> table.add(List.of(a.slug().value(), date(a), a.title(), tags(a))));
      table.print(out, terminal);
      out.println(articles.size() + (articles.size() == 1 ? " article" : " articles"));
    }
    out.flush();
    return ExitCode.OK;
  }

  private String tagKey() {
    if (!Slug.canMake(tag)) {
      throw new ParameterException(spec.commandLine(), "tag `" + tag + "` has no letter or digit");
    }
    return Tag.of(tag).key();
  }

  private Map<String, Object> json(Article article) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("slug", article.slug().value());
    json.put("date", article.date().map(PublicationDate::toIso).orElse(null));
    json.put("title", article.title());
    json.put("tags", article.tags().stream().map(Tag::name).toList());
    json.put("path", content.display(article.report().source().path()));
    return json;
  }

  private static String date(Article article) {
    return article.date().map(PublicationDate::toIso).orElse("-");
  }

  private static String tags(Article article) {
    return article.tags().stream().map(Tag::name).collect(Collectors.joining(", "));
  }
}
