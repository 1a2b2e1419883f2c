package dev.redazione.search;

/**
 * The archive-wide statistics that weigh the terms of {@link StoryVectors}: the number of indexed
 * articles and, per term id, the number of articles whose story has the term. Taken by a full pass
 * and kept by the updates after it (see {@link LuceneArticleSearch}), so that the vector of an
 * unchanged article stays valid; a term the full pass did not see counts as in one article.
 * Immutable and thread-safe.
 */
final class StoryStatistics {

  private final double documents;
  private final int[] documentFrequency;

  /**
   * @param documents the number of indexed articles, at least 1
   * @param documentFrequency per term id, the number of articles that have it; not copied
   */
  StoryStatistics(double documents, int[] documentFrequency) {
    this.documents = documents;
    this.documentFrequency = documentFrequency;
  }

  /** The number of indexed articles. */
  double documents() {
    return documents;
  }

  /** The number of articles whose story has this term; 1 for a term the statistics never saw. */
  int documentFrequency(int id) {
    return id < documentFrequency.length ? documentFrequency[id] : 1;
  }

  /** The inverse document frequency factor of a term's weight, {@code ln(1 + N / df)}. */
  double idf(int id) {
    return Math.log(1 + documents / documentFrequency(id));
  }
}
