package dev.redazione.search;

import dev.redazione.core.Article;
import dev.redazione.core.search.MarkedText;
import org.apache.lucene.analysis.Analyzer;

/**
 * Highlights one hit: its whole title, and the best passage of its body, or of its subtitle and
 * summary when only they match. A hit whose text has no match gets the opening of its body.
 * Immutable and thread-safe.
 */
final class HitHighlighter {

  private final TextHighlighter text;

  HitHighlighter(Analyzer analyzer) {
    this.text = new TextHighlighter(analyzer);
  }

  /** The title, escaped, with matched words marked. */
  MarkedText title(Article article, QueryTerms terms) {
    return text.whole(article.title(), terms);
  }

  /**
   * The best matching passage of the body text (as it was indexed) or the standfirst, escaped, with
   * matched words marked.
   */
  MarkedText passage(Article article, String bodyText, QueryTerms terms) {
    MarkedText body = text.passage(bodyText, terms);
    if (body.hasMarks()) {
      return body;
    }
    MarkedText standfirst = text.passage(ArticleFields.subtitleText(article), terms);
    return standfirst.hasMarks() || body.isEmpty() ? standfirst : body;
  }
}
