package dev.redazione.search;

import dev.redazione.core.search.MarkedText;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlights the hits of one page: the whole title, and the passage of about {@value
 * #PASSAGE_LENGTH} characters that best matches, from the body or else the subtitle. A hit whose
 * text has no match gets the opening of its body. Immutable and thread-safe.
 */
final class HitHighlighter {

  /** The length a passage aims at, in characters; whole sentences are kept. */
  static final int PASSAGE_LENGTH = 160;

  /**
   * Where the first match sits in a passage: a third of the way in, so some context comes before.
   */
  private static final float MATCH_ALIGNMENT = 0.33f;

  private static final String[] PASSAGE_FIELDS = {ArticleFields.BODY, ArticleFields.SUBTITLE};

  private final UnifiedHighlighter titles;
  private final UnifiedHighlighter passages;

  HitHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    MarkPassageFormatter formatter = new MarkPassageFormatter();
    this.titles =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(formatter)
            .withBreakIterator(WholeBreakIterator::new)
            .withHighlightPhrasesStrictly(true)
            .build();
    this.passages =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(formatter)
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ITALIAN),
                        PASSAGE_LENGTH,
                        MATCH_ALIGNMENT))
            .withHighlightPhrasesStrictly(true)
            .build();
  }

  /** The highlighted titles and passages of these hits, in the same order. */
  Highlights highlight(Query query, TopDocs hits) throws IOException {
    String[] title = titles.highlight(ArticleFields.TITLE, query, hits, 1);
    Map<String, String[]> text =
        passages.highlightFields(PASSAGE_FIELDS, query, hits, new int[] {1, 1});
    String[] body = text.get(ArticleFields.BODY);
    String[] subtitle = text.get(ArticleFields.SUBTITLE);
    List<MarkedText> titleHtml = new ArrayList<>();
    List<MarkedText> passageHtml = new ArrayList<>();
    for (int i = 0; i < hits.scoreDocs.length; i++) {
      titleHtml.add(marked(title[i]));
      passageHtml.add(best(marked(body[i]), marked(subtitle[i])));
    }
    return new Highlights(titleHtml, passageHtml);
  }

  private static MarkedText best(MarkedText body, MarkedText subtitle) {
    if (body.hasMarks() || !subtitle.hasMarks() && !body.isEmpty()) {
      return body;
    }
    return subtitle;
  }

  private static MarkedText marked(String html) {
    return html == null ? MarkedText.escape("") : new MarkedText(html);
  }

  /**
   * Highlighted titles and passages, index for index with the hits; a title is empty only when the
   * stored title is.
   */
  record Highlights(List<MarkedText> titles, List<MarkedText> passages) {
    Highlights {
      titles = List.copyOf(titles);
      passages = List.copyOf(passages);
    }
  }
}
