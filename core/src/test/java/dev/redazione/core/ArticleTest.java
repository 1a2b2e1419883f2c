package dev.redazione.core;

import static dev.redazione.core.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleTest {

  @Test
  void absentFieldsAreEmptyNotInvented() {
    Article article = article("Titolo", null).build();

    assertThat(article.date()).isEmpty();
    assertThat(article.subtitle()).isEmpty();
    assertThat(article.image()).isEmpty();
    assertThat(article.summary()).isEmpty();
    assertThat(article.report().provenance(ArticleField.DATE)).isEmpty();
    assertThat(article.language()).isEqualTo("it");
  }

  @Test
  void blankOptionalTextCountsAsAbsent() {
    Article article = article("Titolo", null).subtitle("  ").summary("").build();

    assertThat(article.subtitle()).isEmpty();
    assertThat(article.summary()).isEmpty();
  }

  @Test
  void requiresSlugTitleAndSource() {
    assertThatThrownBy(() -> article("Titolo", null).title("  ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title is blank");
    assertThatThrownBy(() -> article("Titolo", null).slug(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("slug");
    assertThatThrownBy(() -> article("Titolo", null).source(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("source");
  }

  @Test
  void removesDuplicateTagsByKeyKeepingTheFirstSpelling() {
    Article article = article("Titolo", null, "OpenAI", "openai", "Azure").build();

    assertThat(article.tags()).extracting(Tag::name).containsExactly("OpenAI", "Azure");
  }

  @Test
  void isImmutableEvenWhenTheBuilderInputsChangeAfterwards() {
    List<Tag> tags = new ArrayList<>(List.of(Tag.of("uno")));
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("lista", new ArrayList<>(List.of("a")));
    Article article = article("Titolo", null).tags(tags).extra(extra).build();

    tags.add(Tag.of("due"));
    extra.put("altro", 1);

    assertThat(article.tags()).hasSize(1);
    assertThat(article.extra()).containsOnlyKeys("lista");
    assertThatThrownBy(() -> article.tags().add(Tag.of("tre")))
        .isInstanceOf(UnsupportedOperationException.class);
    @SuppressWarnings("unchecked")
    List<Object> list = (List<Object>) article.extra().get("lista");
    assertThatThrownBy(() -> list.add("b")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void keepsNullExtraValuesAndRejectsForeignTypes() {
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("vuoto", null);

    assertThat(article("Titolo", null).extra(extra).build().extra()).containsEntry("vuoto", null);
    assertThatThrownBy(() -> article("Titolo", null).extra(Map.of("strano", new Object())).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("`strano`");
  }

  @Test
  void recordsProvenancePerField() {
    Article article =
        article("Titolo", "2025-01")
            .provenance(ArticleField.DATE, Provenance.at(Origin.INLINE_DATE_MARKER, 1))
            .provenance(ArticleField.TITLE, Provenance.of(Origin.DERIVED))
            .build();

    assertThat(article.report().provenance(ArticleField.DATE))
        .contains(new Provenance(Origin.INLINE_DATE_MARKER, 1));
    assertThat(article.report().provenance(ArticleField.TITLE).orElseThrow().line()).isEmpty();
    assertThat(article.report().provenance())
        .containsOnlyKeys(ArticleField.DATE, ArticleField.TITLE);
  }

  @Test
  void toBuilderMakesAnEqualCopyThatCanDiffer() {
    Article original = article("Titolo", "2024", "OpenAI").summary("Sommario").build();

    assertThat(original.toBuilder().build()).isEqualTo(original);
    assertThat(original.toBuilder().slug(new Slug("altro")).build()).isNotEqualTo(original);
  }

  @Test
  void countsWordsAndReadingTime() {
    String text = "L’accordo dell’IA è importante. ".repeat(100);
    Article article =
        article("Titolo", null).body(new Body(text, "<p>" + text + "</p>", text)).build();

    assertThat(article.wordCount()).isEqualTo(400);
    assertThat(article.readingMinutes()).isEqualTo(2);
    assertThat(Body.empty().readingMinutes()).isZero();
  }

  @Test
  void countsElidedWordsOnceAndNumbersAsWords() {
    String text = "L’IA dell'anno: 10 miliardi, GPT-4.1 e l’“IA” ’tra virgolette’ — fine.";

    assertThat(new Body(text, "", text).wordCount()).isEqualTo(13);
  }

  @Test
  void countsWordsOutsideLatinAndBeyondTheBasicPlane() {
    String text = "Città Σωκράτης 東京 ２０２５ Ⅻ ½ 𝐀𝐁 😀 𝟗 — «perché» l’ anno";

    assertThat(new Body(text, "", text).wordCount()).isEqualTo(11);
  }

  @Test
  void rendersLazyHtmlOnceAndEqualsTheSameBodyGivenWhole() {
    java.util.concurrent.atomic.AtomicInteger renders =
        new java.util.concurrent.atomic.AtomicInteger();
    Body lazy =
        Body.withLazyHtml(
            "Testo *forte*",
            () -> {
              renders.incrementAndGet();
              return "<p>Testo <em>forte</em></p>";
            },
            "Testo forte");
    Body whole = new Body("Testo *forte*", "<p>Testo <em>forte</em></p>", "Testo forte");

    assertThat(renders).hasValue(0);
    assertThat(lazy.html()).isEqualTo(whole.html());
    assertThat(lazy.html()).isSameAs(lazy.html());
    assertThat(renders).hasValue(1);
    assertThat(lazy).isEqualTo(whole).hasSameHashCodeAs(whole);
    assertThat(lazy).isNotEqualTo(new Body("Testo *forte*", "<p>altro</p>", "Testo forte"));
  }
}
