package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Diagnostic;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An article without body text is reported once, whichever stage noticed first. */
class EmptyBodyOnceTest {

  private static long emptyBodies(String text) {
    return ArticleReader.create()
        .read("articolo.txt", text.getBytes(StandardCharsets.UTF_8))
        .diagnostics()
        .stream()
        .map(Diagnostic::code)
        .filter("EMPTY_BODY"::equals)
        .count();
  }

  @Test
  void rawTextWhoseBodyIsAllFurnitureGetsOneEmptyBody() {
    String text =
        """
        Il consiglio comunale approva il nuovo piano per le piste ciclabili

        Condividi su Facebook
        Seguici su Google News
        Iscriviti alla nostra newsletter
        """;
    assertThat(emptyBodies(text)).isEqualTo(1);
  }

  @Test
  void frontMatterWithoutBodyGetsOneEmptyBody() {
    assertThat(emptyBodies("---\ntitle: Solo il titolo\ndate: 2025-01-01\n---\n")).isEqualTo(1);
  }
}
