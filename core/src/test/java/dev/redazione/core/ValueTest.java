package dev.redazione.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValueTest {

  @Test
  void imagesKeepSrcAndTreatBlankAltAndCaptionAsAbsent() {
    Image image = Image.of(" ../images/a.png ", " ", null);

    assertThat(image.src()).isEqualTo("../images/a.png");
    assertThat(image.alt()).isEmpty();
    assertThat(image.caption()).isEmpty();
    assertThat(image.isRemote()).isFalse();
    assertThat(Image.of("https://example.org/a.png", "Logo", "Didascalia").isRemote()).isTrue();
    assertThatThrownBy(() -> Image.of(" ", null, null)).hasMessageContaining("image src is blank");
  }

  @Test
  void headingsValidateTheirLevel() {
    assertThat(new Heading(2, "Le perdite di OpenAI", "le-perdite-di-openai").level()).isEqualTo(2);
    assertThatThrownBy(() -> new Heading(7, "x", "x")).hasMessageContaining("level 7");
    assertThatThrownBy(() -> new Heading(2, " ", "x")).hasMessageContaining("blank");
  }

  @Test
  void removedLinesAndProvenanceValidateTheirLine() {
    assertThatThrownBy(() -> new RemovedLine(0, "Pubblicità", "ad-label"))
        .hasMessageContaining("was 0");
    assertThatThrownBy(() -> Provenance.at(Origin.BYLINE, 0)).hasMessageContaining("was 0");
    assertThat(Provenance.at(Origin.BYLINE, 4).line()).hasValue(4);
  }

  @Test
  void sourcesRequireAPath() {
    assertThatThrownBy(() -> new Source(" ", SourceFormat.RAW_TEXT)).hasMessageContaining("blank");
  }

  @Test
  void fieldKeysAreLowercase() {
    assertThat(ArticleField.SUBTITLE.key()).isEqualTo("subtitle");
    assertThat(Severity.ERROR.label()).isEqualTo("error");
  }
}
