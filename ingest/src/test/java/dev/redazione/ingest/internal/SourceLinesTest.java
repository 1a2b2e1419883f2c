package dev.redazione.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lines a check's diagnostic is pointed at are those a regular expression's {@code \R} ends.
 */
class SourceLinesTest {

  @Test
  void splitsAtEveryLineBreakAsTheRegularExpressionDoes() {
    for (String text :
        List.of(
            "",
            "una riga",
            "a\nb",
            "a\r\nb\rc\n",
            "\n\n",
            "\r\n\r\n",
            "\r\r\n\n",
            "a\u000Bb\fc\u0085d\u2028e\u2029f",
            "fine\r",
            "à è\u00A0ì\n\tò ù\n")) {
      assertThat(SourceLines.split(text))
          .as("lines of %s", text.replace("\r", "\\r").replace("\n", "\\n"))
          .containsExactly(text.split("\\R", -1));
    }
  }
}
