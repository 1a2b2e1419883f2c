package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TagLineReaderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Tag: OpenAI, Microsoft, Azure           | OpenAI;Microsoft;Azure
      Tags: intelligenza artificiale; cloud   | intelligenza artificiale;cloud
      Argomenti: Samsung · Galaxy S25         | Samsung;Galaxy S25
      #Apple #iPhone #iOS18                   | Apple;iPhone;iOS18
      """)
  void readsTagLines(String line, String tags) {
    assertThat(TagLineReader.parse(line).orElseThrow())
        .extracting(Tag::name)
        .containsExactly(tags.split(";"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Temi: la sicurezza dei dati personali è stata al centro del dibattito parlamentare di ieri.",
        "Tag",
        "Il tag NFC è integrato nella scocca."
      })
  void proseIsNoTagLine(String line) {
    assertThat(TagLineReader.parse(line)).isEmpty();
  }
}
