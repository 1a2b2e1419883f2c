package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TableOfContentsDetectorTest {

  private static LineLedger detected(String text) {
    LineLedger ledger = new LineLedger(SourceLine.split(text), StopWords.ITALIAN);
    TableOfContentsDetector.detect(ledger, MainText.Block.NONE);
    return ledger;
  }

  @Test
  void removesTheHeaderWithItsEntries() {
    LineLedger ledger =
        detected(
            """
            Indice dei contenuti [nascondi]
            Perché conviene la pompa di calore?
            I bonus per il 2026
            Quanto si risparmia

            Il testo della guida comincia qui.
            """);

    assertThat(IntStream.range(0, 4))
        .allMatch(i -> ledger.isRemovedBy(i, RuleName.TABLE_OF_CONTENTS));
    assertThat(ledger.isOpen(5)).isTrue();
  }

  @Test
  void aHeaderOverAHeadlineWithItsDateIsNoTableOfContents() {
    LineLedger ledger =
        detected(
            """
            Indice
            Il sindaco presenta il nuovo piano dei trasporti
            Mario Rossi
            12 marzo 2024
            """);

    assertThat(IntStream.range(0, 4)).allMatch(ledger::isOpen);
  }

  @Test
  void aHeaderWithOneEntryStays() {
    LineLedger ledger =
        detected(
            """
            Sommario
            Il bilancio del Comune

            Il consiglio ha approvato il bilancio.
            """);

    assertThat(ledger.isOpen(0)).isTrue();
    assertThat(ledger.isOpen(1)).isTrue();
  }
}
