package dev.redazione.search;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Tag;
import dev.redazione.core.search.RelatedArticle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the articles to suggest beside another ("Leggi anche") among its {@link TextNeighbours} and
 * the articles sharing a tag with it, without querying the index.
 *
 * <p>Each candidate scores {@value #TEXT_WEIGHT} × its text similarity relative to the most similar
 * article's (0 outside the article's text neighbours), plus {@value #TAG_WEIGHT} × the cosine of
 * the two tag sets; ties go to the newer article. The reason names up to {@value #REASON_TAGS}
 * shared tags, the rarest in the archive first ({@code stessi temi: Stargate, Azure}); without
 * shared tags it says the text is similar. The work is bounded whatever the archive: at most
 * {@value #MAX_TAGS} tags of an article look for candidates, each among the {@value #TAG_WINDOW}
 * articles with that tag nearest to it in archive order (so nearest in time). Immutable and
 * thread-safe.
 */
final class RelatedFinder {

  static final double TEXT_WEIGHT = 0.5;
  static final double TAG_WEIGHT = 0.5;
  static final int REASON_TAGS = 3;

  /** The most tags of an article that look for candidates. */
  static final int MAX_TAGS = 64;

  /** The most articles with one tag that are candidates. */
  static final int TAG_WINDOW = 100;

  private final ArticleIndex index;
  private final TextNeighbours neighbours;
  private final SharedTags sharedTags;

  /** Per tag key, the archive positions of the indexed articles with that tag, ascending. */
  private final Map<String, int[]> tagged;

  RelatedFinder(Archive archive, ArticleIndex index, TextNeighbours neighbours) {
    this.index = index;
    this.neighbours = neighbours;
    this.sharedTags = new SharedTags(archive);
    Map<String, List<Integer>> positions = new HashMap<>();
    for (int position = 0; position < index.size(); position++) {
      if (index.isIndexed(position)) {
        for (Tag tag : index.articleAt(position).tags()) {
          positions.computeIfAbsent(tag.key(), k -> new ArrayList<>()).add(position);
        }
      }
    }
    Map<String, int[]> tagged = new HashMap<>();
    positions.forEach((key, list) -> tagged.put(key, list.stream().mapToInt(i -> i).toArray()));
    this.tagged = Map.copyOf(tagged);
  }

  /**
   * Up to {@code limit} related articles of the article at this position, excluding the positions
   * of {@code skip}.
   */
  List<RelatedArticle> related(int position, int limit, Set<Integer> skip) {
    Article article = index.articleAt(position);
    Map<Integer, Double> textScores = new HashMap<>();
    int[] near = neighbours.of(position);
    float[] similarities = neighbours.similarities(position);
    double best = similarities.length == 0 || similarities[0] == 0 ? 1 : similarities[0];
    for (int i = 0; i < near.length; i++) {
      textScores.put(near[i], similarities[i] / best);
    }
    Set<Integer> candidates = new HashSet<>(textScores.keySet());
    List<Tag> tags = article.tags();
    for (Tag tag : tags.subList(0, Math.min(tags.size(), MAX_TAGS))) {
      addNearest(candidates, tagged.getOrDefault(tag.key(), new int[0]), position);
    }
    candidates.remove(position);
    candidates.removeAll(skip);
    Set<Tag> mine = Set.copyOf(tags);
    List<Candidate> ranked = new ArrayList<>();
    for (int candidate : candidates) {
      List<Tag> theirs = index.articleAt(candidate).tags();
      int shared = 0;
      for (Tag tag : theirs) {
        shared += mine.contains(tag) ? 1 : 0;
      }
      double tagCosine = shared == 0 ? 0 : shared / Math.sqrt((double) tags.size() * theirs.size());
      double score = TEXT_WEIGHT * textScores.getOrDefault(candidate, 0.0) + TAG_WEIGHT * tagCosine;
      ranked.add(new Candidate(score, candidate));
    }
    ranked.sort(
        Comparator.comparingDouble(Candidate::score)
            .reversed()
            .thenComparingInt(Candidate::position));
    return ranked.stream()
        .limit(limit)
        .map(
            c -> {
              Article other = index.articleAt(c.position());
              List<Tag> shared = sharedTags.of(article, other);
              return new RelatedArticle(other, shared, reason(shared));
            })
        .toList();
  }

  /** Adds the {@link #TAG_WINDOW} positions nearest to {@code position} in ascending order. */
  private static void addNearest(Set<Integer> candidates, int[] positions, int position) {
    int at = Arrays.binarySearch(positions, position);
    int insertion = at >= 0 ? at : -at - 1;
    int from = Math.max(0, Math.min(insertion - TAG_WINDOW / 2, positions.length - TAG_WINDOW - 1));
    int to = Math.min(positions.length, from + TAG_WINDOW + 1);
    for (int i = from; i < to; i++) {
      candidates.add(positions[i]);
    }
  }

  private static String reason(List<Tag> shared) {
    if (shared.isEmpty()) {
      return "testo simile";
    }
    return "stessi temi: "
        + shared.stream().limit(REASON_TAGS).map(Tag::name).collect(Collectors.joining(", "));
  }

  private record Candidate(double score, int position) {}
}
