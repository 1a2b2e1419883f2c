/**
 * Redazione search: Italian full-text search, related articles and same-story grouping over an
 * archive snapshot, with Lucene; the backend behind core's {@code ArticleSearchFactory}.
 */
module dev.redazione.search {
  requires transitive dev.redazione.core;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.queries;
  requires org.apache.lucene.highlighter;
  requires org.apache.lucene.suggest;
  requires org.slf4j;

  exports dev.redazione.search;
}
