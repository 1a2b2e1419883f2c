package dev.redazione.search;

import dev.redazione.core.search.MarkedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Highlights the words a query matched, by analysing the text again as the index did: a title is
 * marked whole; for a body, the sentence with the most distinct matched words is chosen and widened
 * with the next sentences to about {@value #PASSAGE_LENGTH} characters. Text is HTML-escaped around
 * the marks, runs of white space become one space, and an ellipsis shows where the passage was cut.
 *
 * <p>Analysing ten hits of a few kilobytes each costs well under a millisecond, and the index needs
 * neither stored text nor offsets. Immutable and thread-safe.
 */
final class TextHighlighter {

  /** The length a passage aims at, in characters; whole sentences are kept when they fit. */
  static final int PASSAGE_LENGTH = 160;

  /** The longest passage: a longer sentence is cut around its first match. */
  static final int MAX_PASSAGE_LENGTH = 300;

  private static final String ELLIPSIS = "…";
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Analyzer analyzer;

  TextHighlighter(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The whole text with every matched word marked. */
  MarkedText whole(String text, QueryTerms terms) {
    return format(text, matches(text, terms), 0, text.length());
  }

  /** The best passage of the text, marked; the opening of the text when nothing matches. */
  MarkedText passage(String text, QueryTerms terms) {
    List<int[]> matches = matches(text, terms);
    List<int[]> sentences = sentences(text);
    if (sentences.isEmpty()) {
      return MarkedText.escape("");
    }
    int best = 0;
    int bestScore = -1;
    for (int i = 0; i < sentences.size(); i++) {
      int score = score(text, sentences.get(i), matches);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    int start = sentences.get(best)[0];
    int end = sentences.get(best)[1];
    for (int next = best + 1; next < sentences.size() && end - start < PASSAGE_LENGTH; next++) {
      if (sentences.get(next)[1] - start > MAX_PASSAGE_LENGTH) {
        break;
      }
      end = sentences.get(next)[1];
    }
    if (end - start > MAX_PASSAGE_LENGTH) {
      int first =
          matches.stream().filter(m -> m[0] >= start).mapToInt(m -> m[0]).findFirst().orElse(start);
      int from = Math.max(start, wordStart(text, Math.min(first, end) - PASSAGE_LENGTH / 3));
      int to = wordEnd(text, Math.min(end, from + MAX_PASSAGE_LENGTH));
      return format(text, matches, from, to);
    }
    return format(text, matches, start, end);
  }

  private static int score(String text, int[] sentence, List<int[]> matches) {
    Set<String> distinct = new HashSet<>();
    int count = 0;
    for (int[] match : matches) {
      if (match[0] >= sentence[0] && match[1] <= sentence[1]) {
        distinct.add(text.substring(match[0], match[1]).toLowerCase(Locale.ROOT));
        count++;
      }
    }
    return distinct.size() * 100 + Math.min(count, 99);
  }

  private List<int[]> matches(String text, QueryTerms terms) {
    List<int[]> matches = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(ArticleFields.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (terms.matches(term.toString())) {
          matches.add(new int[] {offset.startOffset(), offset.endOffset()});
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text to highlight", e);
    }
    return matches;
  }

  private static List<int[]> sentences(String text) {
    BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ITALIAN);
    iterator.setText(text);
    List<int[]> sentences = new ArrayList<>();
    int start = iterator.first();
    for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
      if (!text.substring(start, end).isBlank()) {
        sentences.add(new int[] {start, end});
      }
    }
    return sentences;
  }

  private static int wordStart(String text, int index) {
    int i = Math.max(0, index);
    while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int wordEnd(String text, int index) {
    int i = Math.min(text.length(), index);
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static MarkedText format(String text, List<int[]> matches, int from, int to) {
    StringBuilder html = new StringBuilder();
    if (!text.substring(0, from).isBlank()) {
      html.append(ELLIPSIS).append(' ');
    }
    int position = from;
    for (int[] match : matches) {
      if (match[0] < position || match[1] > to) {
        continue;
      }
      html.append(escaped(text, position, match[0]));
      html.append("<mark>").append(escaped(text, match[0], match[1])).append("</mark>");
      position = match[1];
    }
    html.append(escaped(text, position, to));
    String body = html.toString().strip();
    boolean cut = !text.substring(to).isBlank();
    return new MarkedText(cut ? body + " " + ELLIPSIS : body);
  }

  private static String escaped(String text, int from, int to) {
    return from >= to
        ? ""
        : MarkedText.escape(SPACES.matcher(text.substring(from, to)).replaceAll(" ")).html();
  }
}
