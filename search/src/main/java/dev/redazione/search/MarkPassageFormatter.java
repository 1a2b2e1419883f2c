package dev.redazione.search;

import dev.redazione.core.search.MarkedText;
import java.util.regex.Pattern;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as {@link MarkedText}: the text HTML-escaped, matches wrapped in
 * {@code <mark>}, overlapping matches merged, runs of white space (paragraph breaks) made one
 * space, and an ellipsis where a passage starts or ends inside the text. Stateless and thread-safe.
 */
final class MarkPassageFormatter extends PassageFormatter {

  private static final String ELLIPSIS = "…";
  private static final Pattern SPACES = Pattern.compile("\\s+");

  @Override
  public MarkedText format(Passage[] passages, String content) {
    StringBuilder html = new StringBuilder();
    for (Passage passage : passages) {
      int start = passage.getStartOffset();
      int end = Math.min(passage.getEndOffset(), content.length());
      if (start > 0) {
        html.append(ELLIPSIS).append(' ');
      }
      int position = start;
      int[] matchStarts = passage.getMatchStarts();
      int[] matchEnds = passage.getMatchEnds();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int matchStart = Math.max(matchStarts[i], position);
        int matchEnd = Math.min(matchEnds[i], end);
        while (i + 1 < passage.getNumMatches() && matchStarts[i + 1] < matchEnd) {
          matchEnd = Math.min(Math.max(matchEnd, matchEnds[++i]), end);
        }
        if (matchStart >= matchEnd) {
          continue;
        }
        html.append(escaped(content, position, matchStart));
        html.append("<mark>").append(escaped(content, matchStart, matchEnd)).append("</mark>");
        position = matchEnd;
      }
      html.append(escaped(content, position, end).stripTrailing());
      if (end < content.length()) {
        html.append(' ').append(ELLIPSIS);
      }
    }
    return new MarkedText(html.toString().strip());
  }

  private static String escaped(String content, int from, int to) {
    return from >= to
        ? ""
        : MarkedText.escape(SPACES.matcher(content.substring(from, to)).replaceAll(" ")).html();
  }
}
