package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequiredLiteralsTest {

  static Stream<Arguments> expressions() {
    return Stream.of(
        Arguments.of("riproduzione riservata", List.of("riproduzione riservata")),
        Arguments.of("abbonati|sei già abbonato", List.of("abbonati", "sei già abbonato")),
        Arguments.of("tutti i diritti (?:sono )?riservati", List.of("tutti i diritti ")),
        Arguments.of("\\b(?:seguici|iscriviti) su \\w+", List.of("iscriviti", "seguici")),
        Arguments.of("^(?:vedi|scopri)(?: l')?(?: offerta)?$", List.of("scopri", "vedi")),
        Arguments.of("\\(c\\) \\d{4}", List.of("(c) ")),
        Arguments.of("(?<names>mario|anna) rossi", List.of(" rossi")),
        Arguments.of("credits?:?\\s*\\S", List.of("credit")),
        Arguments.of("(?:ab)+c", List.of("ab")),
        Arguments.of("xx(?=abc)y", List.of("xx")),
        Arguments.of("(?-i:[A-Z])foto|foto di", List.of("foto")));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("expressions")
  void readsTheLiteralsEveryMatchContains(String regex, List<String> literals) {
    assertThat(RequiredLiterals.of(regex)).contains(literals);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\\d+ commenti|\\bok\\b|[a-z]+", "(?:foto)?gallery|.*", "a?b?", "(?i)"})
  void findsNoneWhenSomeMatchNeedsNoLiteral(String regex) {
    assertThat(RequiredLiterals.of(regex)).isEmpty();
  }

  @Test
  void aLiteralThatContainsAnotherIsLeftOut() {
    assertThat(RequiredLiterals.of("prezzo|miglior prezzo|offerta"))
        .contains(List.of("offerta", "prezzo"));
  }

  @Test
  void splitsAnExpressionIntoItsTopLevelAlternatives() {
    assertThat(RequiredLiterals.alternatives("a|(?:b|c)d|[|]e|\\|f"))
        .containsExactly("a", "(?:b|c)d", "[|]e", "\\|f");
    assertThat(RequiredLiterals.alternatives("riproduzione riservata"))
        .containsExactly("riproduzione riservata");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"(?i)foto|immagine", "(a)b|\\1c"})
  void keepsAlternativesThatAFlagOrABackReferenceTiesTogether(String regex) {
    assertThat(RequiredLiterals.alternatives(regex)).containsExactly(regex);
  }
}
