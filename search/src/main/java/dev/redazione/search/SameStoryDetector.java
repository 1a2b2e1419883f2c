package dev.redazione.search;

import dev.redazione.core.Article;
import dev.redazione.core.PublicationDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Finds the articles that report the same news as another, by the cosine similarity of their {@link
 * TermWeights TF-IDF vectors} over the Italian-analysed title and body.
 *
 * <p>Two articles are on the same story when their dates (if both are dated) start at most {@value
 * #MAX_DAYS_APART} days apart and either
 *
 * <ul>
 *   <li>their similarity is at least {@value #STRONG} — rewrites of one text, such as an agency
 *       report republished with edits; or
 *   <li>their similarity is at least {@value #WEAK}, each is the other's most similar article below
 *       {@value #STRONG}, and both have at least {@value #WEAK_MIN_TERMS} distinct terms —
 *       independent reports of the same news by different newsrooms. Short texts are left out of
 *       this rule because a handful of shared words gives them a high similarity by chance.
 * </ul>
 *
 * <p>The thresholds were set on the seed articles, five reports on the Microsoft–OpenAI
 * partnership: the two that cover the January 2025 change score about 0.22 and are each other's
 * closest; every other pair (same companies, other news) scores at most about 0.16. Generated
 * rewrites of a seed (sentences reordered, a paragraph dropped, words changed) score above {@value
 * #STRONG}. The rule of mutual closeness is what keeps a weak match from pulling in every article
 * on the same companies. Candidates come from a search for an article's {@value #CANDIDATE_TERMS}
 * strongest terms, so a lookup costs a few queries and a few dozen analyses however large the
 * archive. Results are cached per article. Thread-safe.
 */
final class SameStoryDetector {

  /** The similarity from which two articles are on the same story. */
  static final double STRONG = 0.5;

  /** The similarity from which two articles that are each other's closest are on the same story. */
  static final double WEAK = 0.18;

  /**
   * The fewest distinct terms both texts need for a weak match: short texts give noisy
   * similarities.
   */
  static final int WEAK_MIN_TERMS = 60;

  /** The most days between the dates of two dated articles on the same story. */
  static final int MAX_DAYS_APART = 45;

  static final int CANDIDATE_TERMS = 25;
  static final int CANDIDATES = 30;

  private final ArticleIndex index;
  private final Map<Integer, List<Match>> neighbours = new ConcurrentHashMap<>();

  /**
   * Each document's vector, analysed once: a lookup compares an article with up to {@value
   * #CANDIDATES} candidates, so rendering every article page would otherwise analyse each text
   * about that many times. Soft references let the collector reclaim vectors under memory pressure.
   */
  private final Map<Integer, SoftReference<TermWeights>> weights = new ConcurrentHashMap<>();

  SameStoryDetector(ArticleIndex index) {
    this.index = index;
  }

  /** The other articles on the same story as the article of this document, most similar first. */
  List<Article> sameStory(int doc) {
    List<Article> same = new ArrayList<>();
    Optional<Integer> closest = closestWeak(doc);
    for (Match match : neighbours(doc)) {
      boolean strong = match.similarity() >= STRONG;
      boolean mutual =
          match.terms() >= WEAK_MIN_TERMS
              && closest.orElse(-1) == match.doc()
              && closestWeak(match.doc()).orElse(-1) == doc;
      if (strong || mutual) {
        same.add(index.article(match.doc()));
      }
    }
    return List.copyOf(same);
  }

  /** The similarity of two documents' texts, from 0 (nothing in common) to 1. */
  double similarity(int doc, int other) {
    return weights(doc).cosine(weights(other));
  }

  /**
   * The most similar document below {@link #STRONG}: strong duplicates do not hide a weak match.
   */
  private Optional<Integer> closestWeak(int doc) {
    return neighbours(doc).stream()
        .filter(m -> m.similarity() < STRONG)
        .findFirst()
        .map(Match::doc);
  }

  /**
   * Candidates close enough in time with a similarity of at least {@link #WEAK}, most similar
   * first.
   */
  private List<Match> neighbours(int doc) {
    List<Match> cached = neighbours.get(doc);
    if (cached != null) {
      return cached;
    }
    TermWeights weights = weights(doc);
    List<Match> matches = new ArrayList<>();
    for (ScoreDoc candidate : candidates(weights)) {
      if (candidate.doc == doc || !closeInTime(index.article(doc), index.article(candidate.doc))) {
        continue;
      }
      TermWeights other = weights(candidate.doc);
      double similarity = weights.cosine(other);
      if (similarity >= WEAK) {
        int terms = Math.min(weights.size(), other.size());
        matches.add(new Match(candidate.doc, similarity, terms, index.position(candidate.doc)));
      }
    }
    matches.sort(
        Comparator.comparingDouble(Match::similarity).reversed().thenComparingInt(Match::position));
    List<Match> found = List.copyOf(matches);
    neighbours.put(doc, found);
    return found;
  }

  private ScoreDoc[] candidates(TermWeights weights) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String term : weights.strongest(CANDIDATE_TERMS)) {
      query.add(new TermQuery(new Term(ArticleFields.BODY, term)), Occur.SHOULD);
    }
    try {
      return index.searcher().search(query.build(), CANDIDATES).scoreDocs;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search same-story candidates", e);
    }
  }

  private TermWeights weights(int doc) {
    SoftReference<TermWeights> cached = weights.get(doc);
    TermWeights vector = cached == null ? null : cached.get();
    if (vector == null) {
      vector =
          TermWeights.of(
              ArticleFields.storyText(index.article(doc)), index.analyzer(), index.reader());
      weights.put(doc, new SoftReference<>(vector));
    }
    return vector;
  }

  private static boolean closeInTime(Article one, Article other) {
    if (one.date().isEmpty() || other.date().isEmpty()) {
      return true;
    }
    PublicationDate a = one.date().get();
    PublicationDate b = other.date().get();
    return Duration.between(a.start(), b.start()).abs().toDays() <= MAX_DAYS_APART;
  }

  private record Match(int doc, double similarity, int terms, int position) {}
}
