package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every non-blank input line ends up in the title, the subtitle, a heading, the body or the removed
 * lines — on every seed and every unseen case.
 */
class NothingLostTest {

  static Stream<Arguments> texts() {
    Stream<Arguments> seeds =
        Stream.of("001", "002", "003", "004")
            .map(s -> Arguments.of("seed " + s, ContentFolder.seedText(s)));
    Stream<Arguments> cases =
        ItalianArticleCases.all().stream().map(c -> Arguments.of(c.name(), c.text()));
    return Stream.concat(seeds, cases);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void everyNonBlankLineIsAccountedFor(String name, String text) {
    RawExtraction result = RawTextExtractor.create().extract(name, text);
    assertThat(LineAccounting.lostLines(text, result)).as("lines lost from %s", name).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void everyRemovedLineHasAKebabCaseRuleAndARealLine(String name, String text) {
    RawExtraction result = RawTextExtractor.create().extract(name, text);
    int lines = text.split("\n", -1).length;
    assertThat(result.removed())
        .allSatisfy(
            r -> {
              assertThat(r.rule()).matches("[a-z]+(-[a-z]+)*");
              assertThat(r.line()).isBetween(1, lines);
            });
  }
}
