package dev.redazione.search;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The tables of {@link ItalianTextAnalyzer} that the static export's script needs to analyse words
 * the same way, written from the analyzer's own sets: stop words, elided words and accent folding
 * (every lower-case character of the Basic Multilingual Plane that Lucene folds, with what it folds
 * to). Stateless.
 */
final class AnalysisTables {

  private AnalysisTables() {}

  /** Appends {@code {"stopWords":[…],"elisions":[…],"folding":{…}}}. */
  static void appendJson(StringBuilder json) {
    json.append("{\"stopWords\":");
    array(json, words(ItalianTextAnalyzer.STOP_WORDS));
    json.append(",\"elisions\":");
    array(json, words(ItalianTextAnalyzer.ELISIONS));
    json.append(",\"folding\":{");
    boolean first = true;
    for (Map.Entry<String, String> entry : folding().entrySet()) {
      json.append(first ? "" : ",");
      Json.string(json, entry.getKey()).append(':');
      Json.string(json, entry.getValue());
      first = false;
    }
    json.append("}}");
  }

  /** Every lower-case character that Lucene's ASCII folding changes, with its folded form. */
  static Map<String, String> folding() {
    Map<String, String> table = new TreeMap<>();
    char[] output = new char[8];
    for (int c = 0x80; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c) || Character.toLowerCase(c) != c) {
        continue;
      }
      int length = ASCIIFoldingFilter.foldToASCII(new char[] {(char) c}, 0, output, 0, 1);
      String folded = new String(output, 0, length);
      String original = String.valueOf((char) c);
      if (!folded.equals(original)) {
        table.put(original, folded);
      }
    }
    return table;
  }

  private static TreeSet<String> words(CharArraySet set) {
    TreeSet<String> words = new TreeSet<>();
    for (Object word : set) {
      words.add(new String((char[]) word));
    }
    return words;
  }

  private static void array(StringBuilder json, Iterable<String> words) {
    json.append('[');
    boolean first = true;
    for (String word : words) {
      json.append(first ? "" : ",");
      Json.string(json, word);
      first = false;
    }
    json.append(']');
  }
}
