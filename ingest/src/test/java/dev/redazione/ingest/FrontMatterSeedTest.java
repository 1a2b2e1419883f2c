package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Article;
import dev.redazione.core.ArticleField;
import dev.redazione.core.Category;
import dev.redazione.core.DatePrecision;
import dev.redazione.core.Origin;
import dev.redazione.core.Severity;
import dev.redazione.core.SourceFormat;
import dev.redazione.core.Tag;
import dev.redazione.testkit.Seeds;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seed 000, the front-matter article, read as a careful editor would. */
class FrontMatterSeedTest {

  private static final List<String> TAGS =
      List.of(
          "OpenAI",
          "Microsoft",
          "AI",
          "Partnership",
          "Investment",
          "Research",
          "API",
          "Azure",
          "Supercomputing",
          "GPT",
          "DALL·E",
          "Codex",
          "GitHub Copilot",
          "Microsoft Designer",
          "ChatGPT",
          "Responsible AI Standard",
          "AI Alignment");

  private static Article article;

  @BeforeAll
  static void read() {
    article =
        ArticleReader.create().read(Seeds.folder(), Seeds.file("000")).article().orElseThrow();
  }

  @Test
  void detectsFrontMatterFromContentDespiteTxtExtension() {
    assertThat(article.report().source().format()).isEqualTo(SourceFormat.FRONT_MATTER_MARKDOWN);
    assertThat(article.report().source().path()).isEqualTo("000_02faa98d529d078a.txt");
  }

  @Test
  void readsTitleAndSubtitle() {
    assertThat(article.title())
        .isEqualTo(
            "La partnership tra OpenAI e Microsoft si espande per far progredire la ricerca sull'IA.");
    assertThat(article.subtitle())
        .hasValue(
            "Un investimento multimiliardario per promuovere un'IA sicura, utile e"
                + " potente. [Immagine presa dal blog ufficiale di OpenAI]");
  }

  @Test
  void readsDateAtDayPrecision() {
    assertThat(article.date())
        .hasValueSatisfying(
            date -> {
              assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
              assertThat(date.localDate()).hasValue(LocalDate.of(2023, 2, 12));
            });
  }

  @Test
  void readsCategoryAndAllSeventeenTagsInOrder() {
    assertThat(article.categories()).containsExactly(Category.of("ai"));
    assertThat(article.tags()).extracting(Tag::name).containsExactlyElementsOf(TAGS);
  }

  @Test
  void takesSlugFromPathKey() {
    assertThat(article.slug().value()).isEqualTo("microsoft-openai");
    assertThat(article.report().provenance(ArticleField.SLUG))
        .hasValueSatisfying(
            p -> {
              assertThat(p.origin()).isEqualTo(Origin.FRONT_MATTER);
              assertThat(p.line()).hasValue(2);
            });
  }

  @Test
  void readsLeadImageWithSiblingAltKey() {
    assertThat(article.image())
        .hasValueSatisfying(
            image -> {
              assertThat(image.src()).isEqualTo("../../images/openai-msft-twitter_7-21b.jpg");
              assertThat(image.alt())
                  .hasValue(
                      "I loghi di Microsoft e OpenAI. Immagine presa dal blog ufficiale di OpenAI.");
            });
    assertThat(article.extra()).doesNotContainKeys("alt", "image", "path");
  }

  @Test
  void repairsTheThreeSpacedImagesIntoCaptionedFigures() {
    String html = article.body().html();
    assertThat(html).doesNotContain("] (");
    assertThat(article.body().markdown()).doesNotContain("] (");
    assertThat(html.split("<figure>", -1)).hasSize(4);
    assertThat(html)
        .contains("<figure><img src=\"../../images/openai-overview.png\"")
        .contains(
            "<figcaption>L'overview delle API di OpenAI sul sito ufficiale.</figcaption></figure>")
        .contains("<img src=\"../../images/22openai2-superJumbo.webp\"")
        .contains("<img src=\"../../images/DALL-E_AI_generated.png\"");
    assertThat(html.split("<figcaption>", -1)).hasSize(4);
  }

  @Test
  void reportsEachRepairAtItsLine() {
    assertThat(article.report().diagnostics())
        .filteredOn(d -> d.code().equals("REPAIRED_IMAGE"))
        .extracting(d -> d.line().getAsInt())
        .containsExactly(18, 25, 34);
    assertThat(article.report().diagnostics()).noneMatch(d -> d.severity() != Severity.INFO);
  }

  @Test
  void keepsEveryParagraphOfTheBody() {
    String[] blocks = article.body().text().split("\n\n");
    assertThat(blocks).hasSize(8 + 3);
    assertThat(blocks[0]).startsWith("Il mondo della tecnologia è in fermento");
    assertThat(blocks[9]).endsWith("una collaborazione da tenere d'occhio nei prossimi anni.");
    assertThat(blocks[10])
        .isEqualTo("Immagine generata con DALL·E che rappresenta la ricerca sull'IA.");
    assertThat(article.wordCount()).isBetween(420, 480);
  }
}
