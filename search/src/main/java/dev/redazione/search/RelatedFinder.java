package dev.redazione.search;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Tag;
import dev.redazione.core.search.RelatedArticle;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Finds the articles to suggest beside another ("Leggi anche"): Lucene's MoreLikeThis over the
 * Italian-analysed title and body (matched against the body field), combined with shared tags.
 *
 * <p>Each candidate scores {@value #TEXT_WEIGHT} × its MoreLikeThis score relative to the best
 * candidate's, plus {@value #TAG_WEIGHT} × the cosine of the two tag sets; ties go to the newer
 * article. The reason names up to {@value #REASON_TAGS} shared tags, the rarest in the archive
 * first ({@code stessi temi: Stargate, Azure}); without shared tags it says the text is similar.
 * Both queries have a bounded number of clauses, however many words or tags the article has.
 * Immutable and thread-safe.
 */
final class RelatedFinder {

  static final double TEXT_WEIGHT = 0.5;
  static final double TAG_WEIGHT = 0.5;
  static final int REASON_TAGS = 3;

  private static final int MAX_QUERY_TERMS = 25;
  private static final int CANDIDATES = 30;

  /**
   * The most tags of an article that look for candidates: each is a clause of one query, and Lucene
   * refuses queries of more than 1,024 clauses.
   */
  static final int MAX_TAG_CLAUSES = 64;

  private final Archive archive;
  private final ArticleIndex index;

  RelatedFinder(Archive archive, ArticleIndex index) {
    this.archive = archive;
    this.index = index;
  }

  /**
   * Up to {@code limit} related articles of the article of this document, excluding {@code skip}.
   */
  List<RelatedArticle> related(int doc, int limit, Set<Article> skip) {
    Article article = index.article(doc);
    Map<Integer, Double> textScores = scores(moreLikeThis(doc));
    textScores.remove(doc);
    Map<Integer, Double> tagScores = scores(sharedTags(article));
    double best = textScores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    Set<Integer> candidates = new HashSet<>(textScores.keySet());
    candidates.addAll(tagScores.keySet());
    candidates.remove(doc);
    List<Candidate> ranked = new ArrayList<>();
    for (int candidate : candidates) {
      Article other = index.article(candidate);
      if (skip.contains(other)) {
        continue;
      }
      List<Tag> shared = sharedTags(article, other);
      double tagCosine =
          shared.isEmpty()
              ? 0
              : shared.size() / Math.sqrt((double) article.tags().size() * other.tags().size());
      double score =
          TEXT_WEIGHT * textScores.getOrDefault(candidate, 0.0) / best + TAG_WEIGHT * tagCosine;
      ranked.add(new Candidate(other, shared, score, index.position(candidate)));
    }
    ranked.sort(
        Comparator.comparingDouble(Candidate::score)
            .reversed()
            .thenComparingInt(Candidate::position));
    return ranked.stream()
        .limit(limit)
        .map(c -> new RelatedArticle(c.article(), c.shared(), reason(c.shared())))
        .toList();
  }

  private Query moreLikeThis(int doc) {
    try {
      MoreLikeThis mlt = new MoreLikeThis(index.reader());
      mlt.setAnalyzer(index.analyzer());
      mlt.setFieldNames(new String[] {ArticleFields.BODY});
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(1);
      mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
      mlt.setBoost(true);
      return mlt.like(
          ArticleFields.BODY, new StringReader(ArticleFields.storyText(index.article(doc))));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the MoreLikeThis query", e);
    }
  }

  private static Query sharedTags(Article article) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (Tag tag : article.tags().subList(0, Math.min(article.tags().size(), MAX_TAG_CLAUSES))) {
      query.add(
          new ConstantScoreQuery(new TermQuery(new Term(ArticleFields.TAG_KEY, tag.key()))),
          Occur.SHOULD);
    }
    return query.build();
  }

  private Map<Integer, Double> scores(Query query) {
    Map<Integer, Double> scores = new HashMap<>();
    try {
      for (ScoreDoc hit : index.searcher().search(query, CANDIDATES).scoreDocs) {
        scores.put(hit.doc, (double) hit.score);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search related articles", e);
    }
    return scores;
  }

  /**
   * The tags both articles have, the rarest in the archive first, then in the first article's
   * order.
   */
  private List<Tag> sharedTags(Article article, Article other) {
    Set<Tag> theirs = Set.copyOf(other.tags());
    return article.tags().stream()
        .filter(theirs::contains)
        .sorted(Comparator.comparingInt((Tag t) -> archive.byTag(t.key()).size()))
        .collect(Collectors.toList());
  }

  private static String reason(List<Tag> shared) {
    if (shared.isEmpty()) {
      return "testo simile";
    }
    return "stessi temi: "
        + shared.stream().limit(REASON_TAGS).map(Tag::name).collect(Collectors.joining(", "));
  }

  private record Candidate(Article article, List<Tag> shared, double score, int position) {}
}
