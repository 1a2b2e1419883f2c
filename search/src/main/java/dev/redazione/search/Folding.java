package dev.redazione.search;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/** Lower-cases and folds text to ASCII the way {@link ItalianTextAnalyzer} does. Stateless. */
final class Folding {

  private Folding() {}

  /**
   * The text in lower case with accents and typographic marks folded ({@code Società} → {@code
   * societa}).
   */
  static String fold(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    char[] input = lower.toCharArray();
    char[] output = new char[input.length * 4];
    int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
    return new String(output, 0, length);
  }
}
