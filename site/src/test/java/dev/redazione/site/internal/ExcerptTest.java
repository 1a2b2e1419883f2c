package dev.redazione.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Article;
import dev.redazione.core.Body;
import dev.redazione.core.Slug;
import dev.redazione.core.Source;
import dev.redazione.core.SourceFormat;
import org.junit.jupiter.api.Test;

class ExcerptTest {

  private static Article withBody(String title, String text, String subtitle) {
    return Article.builder()
        .slug(Slug.of(title))
        .title(title)
        .subtitle(subtitle)
        .body(new Body(text, "<p>" + text + "</p>", text))
        .source(new Source("a.txt", SourceFormat.RAW_TEXT))
        .build();
  }

  @Test
  void prefersTheSubtitle() {
    assertThat(Excerpt.of(withBody("Titolo", "Il corpo.", "Il sottotitolo"), 100))
        .isEqualTo("Il sottotitolo");
  }

  @Test
  void skipsAnOpeningThatRepeatsTheTitle() {
    Article derived =
        withBody(
            "Microsoft ha annunciato il progetto",
            "Microsoft ha annunciato il progetto. Le due aziende lavorano insieme.",
            null);
    assertThat(Excerpt.of(derived, 100)).isEqualTo("Le due aziende lavorano insieme.");
  }

  @Test
  void cutsAtAWordWithAnEllipsis() {
    assertThat(Excerpt.cut("Una frase piuttosto lunga da tagliare", 20))
        .isEqualTo("Una frase piuttosto…");
  }

  @Test
  void keepsShortTextWhole() {
    assertThat(Excerpt.cut("Breve.", 20)).isEqualTo("Breve.");
  }
}
