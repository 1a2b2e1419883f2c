package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A word alternation answers as its expression does: every {@link WordAlternation} of the rule
 * classes, and a few written here, against every word of the test articles, each alternative in
 * several cases, and the characters whose case folding is unusual.
 */
class WordAlternationTest {

  private static final List<Class<?>> RULE_CLASSES = List.of(PersonName.class);

  private static final int FOLDING = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  @Test
  void everyAlternationOfTheRulesAnswersAsItsExpression() throws IllegalAccessException {
    List<WordAlternation> alternations = alternations();
    assertThat(alternations).hasSizeGreaterThanOrEqualTo(2);
    for (WordAlternation alternation : alternations) {
      assertSameAnswers(alternation, words(alternation));
    }
  }

  @Test
  void literalsAndTheRestAnswerAsTheExpressionInEveryCase() {
    WordAlternation alternation =
        WordAlternation.of(
            "staff|città|über|ſtraße|News|(?!redazione)\\p{L}{2,}(?:zione|CIÓN|İx)|\\d+Σ", FOLDING);
    String words =
        "staff STAFF Staff ſtaff stafF città CITTÀ über ÜBER STRASSE straße ſtraße Straſse news"
            + " NEWſ ınews İnews informazione INFORMAZIONE redazione Redazione redazionezione"
            + " edición EDICIÓN zione xzione abİx abix abi\u0307x 12σ 12Σ 12ς news\uD835\uDC00";
    List<String> all = new ArrayList<>(List.of(words.split(" ")));
    all.addAll(List.of("", " ", "staff news", "staff "));
    assertSameAnswers(alternation, all);
  }

  @Test
  void onlyCaseInsensitiveExpressionsAreRead() {
    assertThatThrownBy(() -> WordAlternation.of("staff|news", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPureAlternationNeedsNoExpressionAfterTheLookup() {
    WordAlternation alternation = WordAlternation.of("anna|neri", FOLDING);

    assertThat(alternation.matches("ANNA")).isTrue();
    assertThat(alternation.matches("anna neri")).isFalse();
  }

  private static void assertSameAnswers(WordAlternation alternation, List<String> words) {
    for (String word : words) {
      assertThat(alternation.matches(word))
          .as("`%s` on `%s`", alternation.pattern(), word)
          .isEqualTo(alternation.pattern().matcher(word).matches());
    }
  }

  private static List<WordAlternation> alternations() throws IllegalAccessException {
    List<WordAlternation> alternations = new ArrayList<>();
    for (Class<?> type : RULE_CLASSES) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == WordAlternation.class) {
          field.setAccessible(true);
          alternations.add((WordAlternation) field.get(null));
        }
      }
    }
    return alternations;
  }

  /**
   * Every word of the test articles, as written and lowercased, and every literal alternative of
   * the expression in lowercase, uppercase, title case and with a dotless or dotted capital i.
   */
  private static List<String> words(WordAlternation alternation) {
    List<String> words = new ArrayList<>();
    ItalianArticleCases.all().stream()
        .flatMap(c -> c.text().lines())
        .flatMap(l -> List.of(l.split("\\s+")).stream())
        .forEach(w -> words.addAll(List.of(w, w.toLowerCase(Locale.ROOT))));
    for (String alternative : alternation.pattern().pattern().split("[|()]")) {
      String upper = alternative.toUpperCase(Locale.ROOT);
      words.addAll(
          List.of(
              alternative,
              upper,
              upper.isEmpty() ? upper : upper.charAt(0) + alternative.substring(1),
              alternative.replace('i', 'ı'),
              upper.replace('I', 'İ'),
              alternative + "s"));
    }
    return words;
  }
}
