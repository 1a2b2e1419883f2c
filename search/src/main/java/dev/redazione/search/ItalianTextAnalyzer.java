package dev.redazione.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis of Italian article text for matching: words, elisions removed with either apostrophe
 * ({@code l’accordo}, {@code dell'IA}), lower case, accents folded, Italian stop words removed,
 * light stemming ({@code accordo} and {@code accordi} both give {@code accord}).
 *
 * <p>Accents are folded before the stop filter, whose words are folded too, so a query typed
 * without accents ({@code perche}, {@code societa}) analyses exactly like the accented text. The
 * light stemmer folds accents itself, so folding first changes nothing it relies on. Thread-safe,
 * as every Lucene analyzer.
 */
final class ItalianTextAnalyzer extends Analyzer {

  /** Words elided before an apostrophe in Italian, removed from the start of a token. */
  static final CharArraySet ELISIONS =
      CharArraySet.unmodifiableSet(
          new CharArraySet(
              List.of(
                  "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl",
                  "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d", "quell", "quest",
                  "bell", "sant", "anch", "dov", "com", "cos", "tutt", "senz", "nessun", "buon"),
              true));

  /** Italian stop words, folded as the text they are compared with is. */
  static final CharArraySet STOP_WORDS = foldedStopWords();

  private static CharArraySet foldedStopWords() {
    CharArraySet folded = new CharArraySet(ItalianAnalyzer.getDefaultStopSet().size(), true);
    for (Object word : ItalianAnalyzer.getDefaultStopSet()) {
      folded.add(Folding.fold(new String((char[]) word)));
    }
    return CharArraySet.unmodifiableSet(folded);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new ElisionFilter(source, ELISIONS);
    result = new LowerCaseFilter(result);
    result = new ASCIIFoldingFilter(result);
    result = new StopFilter(result, STOP_WORDS);
    result = new ItalianLightStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
