package dev.redazione.extract;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A regular expression guarded by literal keywords: the expression only runs on text that contains
 * one of them, which keeps furniture rules cheap on long paragraphs that are plainly prose.
 *
 * @param keywords lowercase substrings, one of which every match contains
 * @param pattern the expression, matched against lowercased text
 */
record KeywordPattern(List<String> keywords, Pattern pattern) {

  KeywordPattern {
    keywords = List.copyOf(keywords);
    Objects.requireNonNull(pattern, "pattern");
  }

  static KeywordPattern of(String regex, String... keywords) {
    return new KeywordPattern(List.of(keywords), Pattern.compile(regex));
  }

  /** Whether the expression is found in the lowercased text. */
  boolean foundIn(String lower) {
    for (String keyword : keywords) {
      if (lower.contains(keyword)) {
        return pattern.matcher(lower).find();
      }
    }
    return false;
  }
}
