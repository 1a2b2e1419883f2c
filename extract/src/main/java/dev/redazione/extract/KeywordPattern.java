package dev.redazione.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A regular expression guarded by the literal keywords it requires: it only runs on text that
 * contains one of them, which keeps furniture rules cheap on long paragraphs that are plainly
 * prose. The keywords are read from the expression itself ({@link RequiredLiterals}), so a rule
 * states its words once; an expression without required literals always runs. Each top-level
 * alternative keeps its own keywords and runs alone, so a common word that one alternative needs
 * (such as {@code pubblicato}) does not run the others over the whole text. Immutable.
 */
final class KeywordPattern {

  private final List<String> keywords;
  private final Pattern pattern;
  private final List<Guarded> alternatives;

  private KeywordPattern(List<String> keywords, Pattern pattern, List<Guarded> alternatives) {
    this.keywords = keywords;
    this.pattern = pattern;
    this.alternatives = alternatives;
  }

  /** The expression with the keywords it requires. */
  static KeywordPattern of(String regex) {
    return new KeywordPattern(
        keywordsOf(regex),
        Pattern.compile(regex),
        RequiredLiterals.alternatives(regex).stream()
            .map(alternative -> new Guarded(keywordsOf(alternative), Pattern.compile(alternative)))
            .toList());
  }

  private static List<String> keywordsOf(String regex) {
    return RequiredLiterals.of(regex).orElse(List.of());
  }

  /**
   * Lowercase substrings, one of which every match contains; empty when the expression requires
   * none.
   */
  List<String> keywords() {
    return keywords;
  }

  /** The whole expression, matched against lowercased text. */
  Pattern pattern() {
    return pattern;
  }

  /** Whether the expression is found in the lowercased text. */
  boolean foundIn(String lower) {
    if (!Guarded.mayMatch(keywords, lower)) {
      return false;
    }
    for (Guarded alternative : alternatives) {
      if (Guarded.mayMatch(alternative.keywords(), lower)
          && alternative.pattern().matcher(lower).find()) {
        return true;
      }
    }
    return false;
  }

  /** One top-level alternative and the keywords it requires. */
  private record Guarded(List<String> keywords, Pattern pattern) {

    /** Whether a text may hold a match: it contains a keyword, or none is required. */
    static boolean mayMatch(List<String> keywords, String lower) {
      if (keywords.isEmpty()) {
        return true;
      }
      for (String keyword : keywords) {
        if (lower.contains(keyword)) {
          return true;
        }
      }
      return false;
    }
  }
}
