package dev.redazione.search;

import dev.redazione.core.search.UserQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Proposes a corrected query ("Forse cercavi …") from the index's own words: each word of the query
 * that the index does not have is replaced by the closest, most frequent word it has (at most two
 * edits away), and every word the archive has is written as the archive writes it ({@code satya
 * nadela} → {@code Satya Nadella}). Immutable and thread-safe.
 */
final class SpellingSuggester {

  private final IndexReader reader;
  private final ArchiveSpelling spelling;
  private final DirectSpellChecker checker = new DirectSpellChecker();
  private final Analyzer words = new SurfaceWordAnalyzer(false);

  SpellingSuggester(ArticleIndex index) {
    this.reader = index.reader();
    this.spelling = new ArchiveSpelling(index);
  }

  /** The query with its unknown words corrected, when at least one could be. */
  Optional<String> suggest(UserQuery query) {
    List<String> corrected = new ArrayList<>();
    boolean changed = false;
    for (String typed : query.words()) {
      String word = surface(typed);
      String better = word.isEmpty() ? null : correction(word);
      changed |= better != null;
      if (better != null) {
        corrected.add(spelling.of(better).orElseGet(() -> inCaseOf(typed, better)));
      } else if (typed.toLowerCase(Locale.ROOT).equals(word)) {
        corrected.add(spelling.of(word).orElse(typed));
      } else {
        corrected.add(typed);
      }
    }
    return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
  }

  /**
   * The correction (the index holds words in lowercase) written as the visitor wrote the word, when
   * no article gives its form: {@code Nadela} → {@code Nadella}, {@code NADELA} → {@code NADELLA}.
   */
  static String inCaseOf(String typed, String correction) {
    boolean upper = typed.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    if (upper && typed.codePoints().filter(Character::isLetter).count() > 1) {
      return correction.toUpperCase(Locale.ROOT);
    }
    if (!typed.isEmpty() && Character.isUpperCase(typed.codePointAt(0))) {
      int first = correction.offsetByCodePoints(0, 1);
      return correction.substring(0, first).toUpperCase(Locale.ROOT) + correction.substring(first);
    }
    return correction;
  }

  private String correction(String word) {
    try {
      SuggestWord[] suggestions =
          checker.suggestSimilar(
              new Term(ArticleFields.SPELLING, word),
              1,
              reader,
              SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      return suggestions.length == 0 ? null : suggestions[0].string;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot suggest a spelling for `" + word + "`", e);
    }
  }

  /** The word as the spelling field holds it, or empty when the word is not exactly one token. */
  private String surface(String typed) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = words.tokenStream(ArticleFields.SPELLING, typed)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse `" + typed + "`", e);
    }
    return tokens.size() == 1 ? tokens.get(0) : "";
  }
}
