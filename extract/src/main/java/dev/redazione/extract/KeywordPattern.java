package dev.redazione.extract;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A regular expression guarded by the literal keywords it requires: it only runs on text that
 * contains one of them, which keeps furniture rules cheap on long paragraphs that are plainly
 * prose. The keywords are read from the expression itself ({@link RequiredLiterals}), so a rule
 * states its words once; an expression without required literals always runs.
 *
 * @param keywords lowercase substrings, one of which every match contains; empty when the
 *     expression requires none
 * @param pattern the expression, matched against lowercased text
 */
record KeywordPattern(List<String> keywords, Pattern pattern) {

  KeywordPattern {
    keywords = List.copyOf(keywords);
    Objects.requireNonNull(pattern, "pattern");
  }

  /** The expression with the keywords it requires. */
  static KeywordPattern of(String regex) {
    return new KeywordPattern(RequiredLiterals.of(regex).orElse(List.of()), Pattern.compile(regex));
  }

  /** Whether the expression is found in the lowercased text. */
  boolean foundIn(String lower) {
    if (keywords.isEmpty()) {
      return pattern.matcher(lower).find();
    }
    for (String keyword : keywords) {
      if (lower.contains(keyword)) {
        return pattern.matcher(lower).find();
      }
    }
    return false;
  }
}
