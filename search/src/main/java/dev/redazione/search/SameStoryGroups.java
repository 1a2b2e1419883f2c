package dev.redazione.search;

import dev.redazione.core.Article;
import dev.redazione.core.PublicationDate;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The articles that report the same news as each article of an archive, decided once for the whole
 * archive from its {@link TextNeighbours} by the cosine of {@link StoryVectors}.
 *
 * <p>Two articles are on the same story when
 *
 * <ul>
 *   <li>the periods their dates name (a day, a month, a year), if both are dated, are at most
 *       {@value #MAX_DAYS_APART} days apart;
 *   <li>their similarity is at least {@value #STRONG} (rewrites of one text, an agency report
 *       republished with edits), or at least {@value #WEAK} with each the other's most similar
 *       article below {@value #STRONG} and both texts of at least {@value #WEAK_MIN_TERMS} distinct
 *       terms (independent reports of the same news; short texts are left out because a handful of
 *       shared words gives them a high similarity by chance);
 *   <li>and, for each of the two, their similarity stands out from the rest of the archive: it is
 *       at least {@value #STANDS_OUT} times the similarity of its {@value #BACKGROUND}th closest
 *       article, or {@value #STANDS_OUT_UNDATED} times when either is undated, since then no date
 *       keeps chance matches out. An archive whose articles are all alike (generated text, a
 *       recurring format) has no pair that stands out, so no groups.
 * </ul>
 *
 * The {@value #BACKGROUND}th closest article cannot stand out from itself, so an article has at
 * most {@value #MAX_OTHERS} others on its story.
 *
 * <p>An article's group depends only on the two articles of each pair it weighs and on their
 * neighbours, so {@link #update} decides again only the groups of articles that changed, whose
 * neighbours changed or one of whose neighbours has new neighbours, and gives what {@link #of}
 * gives for the same vectors and neighbours. Immutable and thread-safe.
 */
final class SameStoryGroups {

  /** The similarity from which two articles are on the same story. */
  static final double STRONG = 0.5;

  /** The similarity from which two articles that are each other's closest are on the same story. */
  static final double WEAK = 0.18;

  /** The fewest distinct terms both texts need for a weak match. */
  static final int WEAK_MIN_TERMS = 60;

  /** The most days between the dates of two dated articles on the same story. */
  static final int MAX_DAYS_APART = 45;

  /** The most other articles on one story. */
  static final int MAX_OTHERS = 5;

  /** The rank of the closest article that shows how alike an article is to the rest. */
  static final int BACKGROUND = MAX_OTHERS + 1;

  /** How many times the background similarity a same-story match needs when both are dated. */
  static final double STANDS_OUT = 1.5;

  /** How many times the background similarity a same-story match needs when one is undated. */
  static final double STANDS_OUT_UNDATED = 1.75;

  private final int[][] others;
  private final String[][] reasons;

  private SameStoryGroups(int[][] others, String[][] reasons) {
    this.others = others;
    this.reasons = reasons;
  }

  /** The same-story groups of every article of the index. */
  static SameStoryGroups of(ArticleIndex index, StoryVectors vectors, TextNeighbours neighbours) {
    int size = vectors.size();
    int[][] others = new int[size][];
    String[][] reasons = new String[size][];
    StoryReasons reason = new StoryReasons(index, vectors);
    IntStream.range(0, size)
        .parallel()
        .forEach(position -> decide(index, vectors, neighbours, reason, position, others, reasons));
    return new SameStoryGroups(others, reasons);
  }

  /**
   * The groups of a changed archive, deciding again, on the calling thread, only those that can
   * differ from the groups of {@code previous}.
   *
   * @param oldOf per new position, the position of the same article before, or -1 if it changed
   * @param newOf per old position, the position of the same article now, or -1 if it changed
   */
  static SameStoryGroups update(
      SameStoryGroups previous,
      ArticleIndex index,
      StoryVectors vectors,
      TextNeighbours neighbours,
      int[] oldOf,
      int[] newOf) {
    int size = vectors.size();
    int[][] others = new int[size][];
    String[][] reasons = new String[size][];
    StoryReasons reason = new StoryReasons(index, vectors);
    for (int position = 0; position < size; position++) {
      int old = oldOf[position];
      if (old < 0 || mayDiffer(neighbours, position)) {
        decide(index, vectors, neighbours, reason, position, others, reasons);
      } else {
        int[] before = previous.others[old];
        int[] now = new int[before.length];
        for (int i = 0; i < before.length; i++) {
          now[i] = newOf[before[i]];
        }
        others[position] = now;
        reasons[position] = previous.reasons[old];
      }
    }
    return new SameStoryGroups(others, reasons);
  }

  /** Whether the neighbours of an article, or of one of its neighbours, changed. */
  private static boolean mayDiffer(TextNeighbours neighbours, int position) {
    if (neighbours.changed(position)) {
      return true;
    }
    for (int candidate : neighbours.of(position)) {
      if (neighbours.changed(candidate)) {
        return true;
      }
    }
    return false;
  }

  private static void decide(
      ArticleIndex index,
      StoryVectors vectors,
      TextNeighbours neighbours,
      StoryReasons reason,
      int position,
      int[][] others,
      String[][] reasons) {
    List<Integer> found = new ArrayList<>();
    int[] candidates = neighbours.of(position);
    float[] similarities = neighbours.similarities(position);
    for (int i = 0; i < candidates.length && found.size() < MAX_OTHERS; i++) {
      if (sameStory(index, vectors, neighbours, position, candidates[i], similarities[i])) {
        found.add(candidates[i]);
      }
    }
    others[position] = found.stream().mapToInt(Integer::intValue).toArray();
    reasons[position] =
        found.stream().map(other -> reason.of(position, other)).toArray(String[]::new);
  }

  /** The positions of the other articles on the story of this one, most similar first. */
  int[] others(int position) {
    return others[position].clone();
  }

  /**
   * The reason of each of {@link #others}, such as {@code stessa notizia: Stargate, gennaio 2025}.
   */
  String reason(int position, int index) {
    return reasons[position][index];
  }

  private static boolean sameStory(
      ArticleIndex index,
      StoryVectors vectors,
      TextNeighbours neighbours,
      int one,
      int other,
      double similarity) {
    Article a = index.articleAt(one);
    Article b = index.articleAt(other);
    if (!closeInTime(a, b)) {
      return false;
    }
    boolean strong = similarity >= STRONG;
    boolean weak =
        similarity >= WEAK
            && Math.min(vectors.terms(one).length, vectors.terms(other).length) >= WEAK_MIN_TERMS
            && closestWeak(neighbours, one) == other
            && closestWeak(neighbours, other) == one;
    double factor = a.date().isPresent() && b.date().isPresent() ? STANDS_OUT : STANDS_OUT_UNDATED;
    return (strong || weak)
        && similarity >= factor * background(neighbours, one)
        && similarity >= factor * background(neighbours, other);
  }

  /** The most similar article below {@link #STRONG}, or -1: duplicates do not hide a weak match. */
  private static int closestWeak(TextNeighbours neighbours, int position) {
    float[] similarities = neighbours.similarities(position);
    for (int i = 0; i < similarities.length; i++) {
      if (similarities[i] < STRONG) {
        return neighbours.of(position)[i];
      }
    }
    return -1;
  }

  /** The similarity of the {@link #BACKGROUND}th closest article, or 0 in a smaller archive. */
  private static double background(TextNeighbours neighbours, int position) {
    float[] similarities = neighbours.similarities(position);
    return similarities.length < BACKGROUND ? 0 : similarities[BACKGROUND - 1];
  }

  /**
   * Whether the periods two dates name (a day, a month, a year) are close; true if either is
   * undated.
   */
  private static boolean closeInTime(Article one, Article other) {
    if (one.date().isEmpty() || other.date().isEmpty()) {
      return true;
    }
    PublicationDate a = one.date().get();
    PublicationDate b = other.date().get();
    LocalDateTime later = a.start().isAfter(b.start()) ? a.start() : b.start();
    LocalDateTime end = a.start().isAfter(b.start()) ? end(b) : end(a);
    return !later.isAfter(end) || Duration.between(end, later).toDays() <= MAX_DAYS_APART;
  }

  private static LocalDateTime end(PublicationDate date) {
    return switch (date.precision()) {
      case YEAR -> date.start().plusYears(1);
      case MONTH -> date.start().plusMonths(1);
      case DAY, TIME -> date.start().plusDays(1);
    };
  }
}
