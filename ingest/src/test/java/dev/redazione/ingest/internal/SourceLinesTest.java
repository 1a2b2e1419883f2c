package dev.redazione.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lines a check's diagnostic is pointed at are those a regular expression's {@code \R} ends,
 * and a text is looked for within one line.
 */
class SourceLinesTest {

  private static final List<String> TEXTS =
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
          "à è\u00A0ì\n\tò ù\n",
          "riga a\nriga b\r\nriga c a\n");

  private static final List<String> WANTED =
      List.of("a", "b", "c", "d", "e", "f", "riga", "fine", "ì", "è ì", "ò ù", "a\nb", "c a", "x");

  @Test
  void findsTheFirstLineHoldingATextAsSplittingAtEveryLineBreakDoes() {
    for (String text : TEXTS) {
      List<String> lines = List.of(text.split("\\R", -1));
      SourceLines source = SourceLines.of(text.getBytes(StandardCharsets.UTF_8));
      for (String wanted : WANTED) {
        assertThat(source.lineOf(wanted))
            .as("%s in %s", wanted, text.replace("\r", "\\r").replace("\n", "\\n"))
            .isEqualTo(firstLineContaining(lines, wanted));
      }
    }
  }

  @Test
  void pointsAnImageAtItsReferenceRatherThanAtAMentionBefore() {
    SourceLines source =
        SourceLines.of(
            ("Si veda foto/a.png più sotto.\r\n"
                    + "\r\n"
                    + "![Il ponte](foto/a.png)\n"
                    + "<img alt=\"\" src=\"foto/la piazza.png\">\n"
                    + "[mappa]: <mappa.webp>\n")
                .getBytes(StandardCharsets.UTF_8));

    assertThat(source.lineOfImage("foto/a.png")).isEqualTo(3);
    assertThat(source.lineOfImage("foto/la%20piazza.png")).isEqualTo(4);
    assertThat(source.lineOfImage("mappa.webp")).isEqualTo(5);
    assertThat(source.lineOfImage("più")).isEqualTo(1);
    assertThat(source.lineOfImage("assente.png")).isZero();
  }

  private static int firstLineContaining(List<String> lines, String text) {
    String wanted = text.strip();
    for (int i = 0; !wanted.isEmpty() && i < lines.size(); i++) {
      if (lines.get(i).replace('\u00A0', ' ').contains(wanted)) {
        return i + 1;
      }
    }
    return 0;
  }
}
