package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.RemovedLine;
import org.junit.jupiter.api.Test;

/**
 * A promotion box pasted between the paragraphs of an article: its headline, a paragraph of its own
 * that is no sentence, goes with the button under it; a heading over a paragraph stays.
 */
class PromotionBoxTest {

  private static final String TEXT =
      """
      Mutui, le famiglie tornano a chiedere prestiti

      Nel primo semestre dell'anno le richieste di mutuo sono cresciute del dodici per cento \
      rispetto allo stesso periodo dell'anno scorso, secondo i dati raccolti dalle banche.

      Il prestito che fa per te, in 24 ore

      Richiedi ora

      Gli analisti spiegano la crescita con il calo dei tassi, che ha reso di nuovo convenienti \
      le rate per chi compra la prima casa in città.

      I tassi

      La banca centrale ha tagliato i tassi due volte da gennaio, e altri tagli sono attesi \
      entro la fine dell'anno.
      """;

  @Test
  void removesTheHeadlineOfAPromotionBoxWithItsButton() {
    RawExtraction result = RawTextExtractor.create().extract("mutui.txt", TEXT);

    assertThat(result.removed())
        .extracting(RemovedLine::text)
        .contains("Il prestito che fa per te, in 24 ore", "Richiedi ora");
    assertThat(result.bodyMarkdown())
        .doesNotContain("Il prestito che fa per te")
        .contains("I tassi")
        .contains("Gli analisti spiegano la crescita")
        .contains("La banca centrale ha tagliato i tassi");
  }
}
