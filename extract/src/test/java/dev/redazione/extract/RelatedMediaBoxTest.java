package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.RemovedLine;
import org.junit.jupiter.api.Test;

/**
 * The media box of an article, pasted under its header after the byline: the header and the box's
 * title go, the date printed in it is left to the dateline reader.
 */
class RelatedMediaBoxTest {

  private static final String TEXT =
      """
      Il fiume torna a scorrere dopo la siccità
      Dopo tre mesi senza pioggia il fiume ha ripreso a scorrere nella valle, e i contadini \
      hanno potuto irrigare di nuovo i campi di mais lungo le rive.

      Autore: Marta Ferri

      Audio e video sull'argomento
      Il fiume torna a scorrere dopo la siccità nella valle
      Data 23.05.2024
      """;

  @Test
  void removesTheHeaderAndLeavesTheDateToTheDateline() {
    RawExtraction result = RawTextExtractor.create().extract("fiume.txt", TEXT);

    assertThat(result.removed())
        .filteredOn(line -> line.rule().equals("related-block"))
        .extracting(RemovedLine::text)
        .contains("Audio e video sull'argomento")
        .doesNotContain("Data 23.05.2024");
    assertThat(result.bodyMarkdown()).contains("Dopo tre mesi senza pioggia");
  }
}
