package dev.redazione.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis of words as written: elisions removed and lower case, no stemming and no stop words.
 * With accents kept it feeds the spelling field, so "Forse cercavi …" proposes real words; with
 * accents folded it gives the prefix of the word being typed. Thread-safe.
 */
final class SurfaceWordAnalyzer extends Analyzer {

  private final boolean foldAccents;

  /**
   * An analyzer of surface words.
   *
   * @param foldAccents whether to fold accents to ASCII as {@link ItalianTextAnalyzer} does
   */
  SurfaceWordAnalyzer(boolean foldAccents) {
    this.foldAccents = foldAccents;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result =
        new LowerCaseFilter(new ElisionFilter(source, ItalianTextAnalyzer.ELISIONS));
    if (foldAccents) {
      result = new ASCIIFoldingFilter(result);
    }
    return new TokenStreamComponents(source, result);
  }
}
