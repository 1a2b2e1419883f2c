package dev.redazione.cli;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Slug;
import dev.redazione.core.Tag;
import dev.redazione.core.search.MarkedText;
import dev.redazione.core.search.SearchHit;
import dev.redazione.core.search.SearchQuery;
import dev.redazione.core.search.SearchResults;
import dev.redazione.ingest.ContentLoader;
import dev.redazione.ingest.LoadResult;
import dev.redazione.search.LuceneSearchFactory;
import dev.redazione.site.ShownText;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code redazione search QUERY}: full-text search over the published articles, with the same
 * Italian analysis, ranking and highlighting as the site's {@code /cerca} page.
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the published articles, best match first: words (plural and singular, with or"
          + " without accents), \"quoted phrases\", and the last word as a prefix.",
      "Prints each hit's slug, date, title and best passage, matched words in bold on a terminal."
    })
final class SearchCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private ContentOption content;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The words to search for.")
  private List<String> words;

  @Option(
      names = "--tag",
      paramLabel = "TAG",
      description = "Only articles with this tag (any spelling: `openai` finds `OpenAI`).")
  private String tag;

  @Option(names = "--year", paramLabel = "YEAR", description = "Only articles dated in this year.")
  private Integer year;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description =
          "The most hits to print, 1 to "
              + SearchQuery.MAX_PAGE_SIZE
              + " (default: ${DEFAULT-VALUE}).")
  private int limit;

  @Option(
      names = "--json",
      description =
          "Print JSON: {query, total, hits: [{slug, date, title, path, titleHtml, passageHtml}],"
              + " suggestion}.")
  private boolean json;

  private static final String MARK_START = "\u0002";
  private static final String MARK_END = "\u0003";
  private static final Pattern MARKED =
      Pattern.compile(MARK_START + "([^" + MARK_END + "]*)" + MARK_END);

  private final ContentLoader loader;
  private final Terminal terminal;

  @Inject
  SearchCommand(ContentLoader loader, Terminal terminal) {
    this.loader = loader;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    SearchQuery query = query();
    LoadResult load = loader.load(content.folder());
    Archive archive = load.archive();
    SearchResults results =
        LuceneSearchFactory.create()
            .index(archive, ShownText.of(archive, load.images()))
            .search(query);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonPrinter.print(out, json(results));
    } else {
      print(out, results);
    }
    out.flush();
    return ExitCode.OK;
  }

  private SearchQuery query() {
    if (limit < 1 || limit > SearchQuery.MAX_PAGE_SIZE) {
      throw new ParameterException(
          spec.commandLine(),
          "--limit must be 1 to " + SearchQuery.MAX_PAGE_SIZE + ", was " + limit);
    }
    TreeSet<String> tags = new TreeSet<>();
    if (tag != null) {
      if (!Slug.canMake(tag)) {
        throw new ParameterException(
            spec.commandLine(), "tag `" + tag + "` has no letter or digit");
      }
      tags.add(Tag.of(tag).key());
    }
    TreeSet<Integer> years = new TreeSet<>();
    if (year != null) {
      years.add(year);
    }
    return new SearchQuery(String.join(" ", words), tags, years, 1, limit);
  }

  private void print(PrintWriter out, SearchResults results) {
    for (SearchHit hit : results.hits().items()) {
      Article article = hit.article();
      out.println(
          terminal.bold(hit.title().plainText())
              + "  "
              + terminal.dim(article.slug().value() + ", " + date(article)));
      if (!hit.passage().isEmpty()) {
        out.println("    " + boldMarks(hit.passage()));
      }
    }
    int total = results.totalHits();
    int shown = results.hits().items().size();
    out.println(
        (total == 1 ? "1 article" : total + " articles")
            + (shown < total ? " (" + shown + " shown)" : ""));
    results.suggestion().ifPresent(s -> out.println("Forse cercavi: " + s));
  }

  /** The text with its marked words in bold (on a colour terminal; plain otherwise). */
  private String boldMarks(MarkedText text) {
    Matcher marked = MARKED.matcher(text.render(MARK_START, MARK_END));
    StringBuilder result = new StringBuilder();
    while (marked.find()) {
      marked.appendReplacement(result, Matcher.quoteReplacement(terminal.bold(marked.group(1))));
    }
    return marked.appendTail(result).toString();
  }

  private Map<String, Object> json(SearchResults results) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("query", results.query().text());
    json.put("total", results.totalHits());
    json.put("hits", results.hits().items().stream().map(this::json).toList());
    json.put("suggestion", results.suggestion().orElse(null));
    return json;
  }

  private Map<String, Object> json(SearchHit hit) {
    Article article = hit.article();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("slug", article.slug().value());
    json.put("date", article.date().map(PublicationDate::toIso).orElse(null));
    json.put("title", article.title());
    json.put("path", content.display(article.report().source().path()));
    json.put("titleHtml", hit.title().html());
    json.put("passageHtml", hit.passage().html());
    return json;
  }

  private static String date(Article article) {
    return article.date().map(PublicationDate::toIso).orElse("undated");
  }
}
