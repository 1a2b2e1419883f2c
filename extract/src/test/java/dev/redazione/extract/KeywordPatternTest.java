package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The keyword prefilter of every furniture rule never rejects a line its expression matches: every
 * {@link KeywordPattern} of the rule classes is run with and without its prefilter over every line
 * of the test articles and of each expression's own alternatives.
 */
class KeywordPatternTest {

  private static final List<Class<?>> RULE_CLASSES =
      List.of(FurnitureRules.class, ReaderPromptRules.class);

  @Test
  void thePrefilterNeverRejectsALineTheExpressionMatches() throws IllegalAccessException {
    List<KeywordPattern> patterns = patterns();
    List<String> lines = lines(patterns);
    assertThat(patterns).hasSizeGreaterThan(5);
    for (KeywordPattern pattern : patterns) {
      for (String line : lines) {
        assertThat(pattern.foundIn(line))
            .as("`%s` on `%s`", pattern.pattern(), line)
            .isEqualTo(pattern.pattern().matcher(line).find());
      }
    }
  }

  @Test
  void everyRulePatternHasAPrefilter() throws IllegalAccessException {
    assertThat(patterns()).allSatisfy(p -> assertThat(p.keywords()).isNotEmpty());
  }

  private static List<KeywordPattern> patterns() throws IllegalAccessException {
    List<KeywordPattern> patterns = new ArrayList<>();
    for (Class<?> type : RULE_CLASSES) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == KeywordPattern.class) {
          field.setAccessible(true);
          patterns.add((KeywordPattern) field.get(null));
        }
      }
    }
    return patterns;
  }

  /**
   * Every line of the test articles, lowercased, and the literal text of each alternative of the
   * expressions (their classes and quantifiers stripped), which many of them match.
   */
  private static List<String> lines(List<KeywordPattern> patterns) {
    List<String> lines = new ArrayList<>();
    ItalianArticleCases.all().stream()
        .flatMap(c -> c.text().lines())
        .map(l -> l.toLowerCase(Locale.ITALIAN))
        .forEach(lines::add);
    for (KeywordPattern pattern : patterns) {
      String plain =
          pattern
              .pattern()
              .pattern()
              .replaceAll("\\\\[bBsSdDwW]|\\[[^\\]]*\\]|[?*+]|\\{\\d+(?:,\\d*)?\\}|[\\^$]", " ")
              .replaceAll("\\(\\?(?:<?[=!]|<\\w+>|:)?", "(")
              .replace("\\", "");
      for (String alternative : plain.split("[|()]")) {
        lines.add(alternative);
        lines.add("testo " + alternative + " 2024");
      }
    }
    return lines;
  }
}
