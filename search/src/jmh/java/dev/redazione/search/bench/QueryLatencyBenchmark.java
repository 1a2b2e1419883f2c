package dev.redazione.search.bench;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.core.search.RelatedArticle;
import dev.redazione.core.search.SearchQuery;
import dev.redazione.core.search.SearchResults;
import dev.redazione.search.LuceneSearchFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Query latency over a generated archive (100,000 articles by default), sampled so JMH reports p50
 * and p99: a rare and a common single word, a phrase, a prefix being typed, a query filtered by tag
 * and year, a misspelled word that gets a suggestion, and the related articles of a page. Each call returns a page of 10 highlighted
 * hits with facet counts, as the search page needs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class QueryLatencyBenchmark {

  private static final Map<Integer, Built> BUILT = new ConcurrentHashMap<>();

  @Param("100000")
  int articles;

  private ArticleSearch search;
  private List<Article> all;
  private int next;
  private SearchQuery rareWord;
  private SearchQuery commonWord;
  private SearchQuery phrase;
  private SearchQuery prefix;
  private SearchQuery filtered;
  private SearchQuery misspelled;

  /**
   * Builds the archive and its index once per JVM: with {@code -f 0} every benchmark of the run
   * shares one index, which saves minutes of setup per benchmark.
   */
  @Setup(Level.Trial)
  public void index() {
    Built built = BUILT.computeIfAbsent(articles, Built::of);
    search = built.search();
    all = built.archive().articles();
    rareWord = SearchQuery.of("ransomware");
    commonWord = SearchQuery.of("accordo");
    phrase = SearchQuery.of("\"guida autonoma\"");
    prefix = SearchQuery.of("semicond");
    filtered = SearchQuery.of("batteria").withTag("tesla").withYear(2021);
    misspelled = SearchQuery.of("vulnerabilta ransomwere");
  }

  private record Built(Archive archive, ArticleSearch search) {
    static Built of(int articles) {
      Archive archive = GeneratedArchive.of(articles, 42);
      return new Built(archive, LuceneSearchFactory.create().index(archive));
    }
  }

  @Benchmark
  public SearchResults singleRareWord() {
    return search.search(rareWord);
  }

  @Benchmark
  public SearchResults singleCommonWord() {
    return search.search(commonWord);
  }

  @Benchmark
  public SearchResults quotedPhrase() {
    return search.search(phrase);
  }

  @Benchmark
  public SearchResults prefixWhileTyping() {
    return search.search(prefix);
  }

  @Benchmark
  public SearchResults filteredByTagAndYear() {
    return search.search(filtered);
  }

  @Benchmark
  public SearchResults misspelledWithSuggestion() {
    return search.search(misspelled);
  }

  /** "Leggi anche" and "Sulla stessa notizia" of an article page, each call a different article. */
  @Benchmark
  public List<RelatedArticle> relatedOfAnArticlePage() {
    Article article = all.get(next++ % all.size());
    return search.related(article, 5);
  }
}
