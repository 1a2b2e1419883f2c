package dev.redazione.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TermTest {

  @Test
  void tagsThatDifferOnlyInCaseAndSpacingAreOneTag() {
    Tag a = Tag.of("OpenAI");
    Tag b = Tag.of(" openai ");
    Tag c = Tag.of("OPENAI");

    assertThat(a).isEqualTo(b).isEqualTo(c).hasSameHashCodeAs(c);
    assertThat(b.name()).isEqualTo("openai");
    assertThat(a.key()).isEqualTo("openai");
  }

  @Test
  void tagKeysFoldAccentsAndInnerSpacing() {
    Tag tag = Tag.of("  Intelligenza\u00A0  Artificiale ");

    assertThat(tag.name()).isEqualTo("Intelligenza Artificiale");
    assertThat(tag.key()).isEqualTo("intelligenza-artificiale");
    assertThat(Tag.of("Società")).isEqualTo(Tag.of("societa"));
  }

  @Test
  void rejectsTagsWithoutLetters() {
    assertThatThrownBy(() -> Tag.of(" # "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tag ` # `");
  }

  @Test
  void rejectsAKeyThatDoesNotMatchTheName() {
    assertThatThrownBy(() -> new Tag("OpenAI", "microsoft"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("microsoft");
  }

  @Test
  void keysOfVeryLongNamesAreCutAtAWord() {
    Tag tag = Tag.of("parola ".repeat(6_000));
    Author author = Author.of("x".repeat(40_000));

    assertThat(tag.key()).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH).doesNotEndWith("-");
    assertThat(tag.name()).hasSize(6 * 6_000 + 5_999);
    assertThat(author.key()).hasSize(Slug.MAX_LENGTH);
    assertThat(new Tag(tag.name(), tag.key())).isEqualTo(tag);
  }

  @Test
  void categoriesNormaliseLikeTags() {
    assertThat(Category.of("AI")).isEqualTo(Category.of("ai"));
    assertThat(Category.of("Cloud Computing").key()).isEqualTo("cloud-computing");
  }

  @Test
  void authorsAreIdentifiedByNameKeyAndKeepTheirBio() {
    Author withBio = Author.of("Claudio Garau", "Web developer e copywriter.");
    Author plain = Author.of("claudio  garau");

    assertThat(withBio).isEqualTo(plain);
    assertThat(withBio.key()).isEqualTo("claudio-garau");
    assertThat(withBio.bio()).contains("Web developer e copywriter.");
    assertThat(plain.bio()).isEmpty();
    assertThat(Author.of("Redazione", "  ").bio()).isEmpty();
  }
}
