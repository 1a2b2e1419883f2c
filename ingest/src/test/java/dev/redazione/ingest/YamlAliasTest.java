package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Article;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.Tag;
import org.junit.jupiter.api.Test;

/** YAML aliases are refused: never the anchor's name as a value, never an expansion. */
class YamlAliasTest {

  @Test
  void anAliasNeverBecomesTheAnchorName() {
    Article article =
        Reading.article(
            "a.md",
            "---\ntitle: Titolo\nbase: &t Apple\ntags: [*t, Microsoft]\nauthors: *t\n---\nTesto.\n");

    assertThat(article.tags()).containsExactly(Tag.of("Microsoft"));
    assertThat(article.authors()).isEmpty();
    assertThat(article.extra()).containsEntry("base", "Apple");
    assertThat(article.report().diagnostics())
        .filteredOn(d -> d.code().equals("YAML_ALIAS"))
        .singleElement()
        .extracting(Diagnostic::format)
        .isEqualTo(
            "a.md:4: error: YAML_ALIAS `*t` (line 4) is a YAML alias, one of 2; aliases are not"
                + " expanded, so their values were ignored; write each value in full");
  }

  @Test
  void aBillionLaughsIsOneLocatedErrorAndNoExpansion() {
    StringBuilder yaml = new StringBuilder("---\ntitle: Titolo\nl0: &l0 [lol, lol, lol]\n");
    for (int level = 1; level < 12; level++) {
      String previous = "*l" + (level - 1);
      yaml.append("l").append(level).append(": &l").append(level).append(" [");
      yaml.append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
    }
    yaml.append("tags: *l11\n---\nTesto.\n");

    ReadResult result = Reading.read("bomba.md", yaml.toString());

    assertThat(result.article()).hasValueSatisfying(a -> assertThat(a.tags()).isEmpty());
    assertThat(result.diagnostics())
        .filteredOn(d -> d.code().equals("YAML_ALIAS"))
        .singleElement()
        .satisfies(d -> assertThat(d.line()).hasValue(4));
  }

  @Test
  void anchorsWithoutAliasesAreKept() {
    Article article =
        Reading.article("a.md", "---\ntitle: Titolo\ntags: &t [Apple]\n---\nTesto.\n");

    assertThat(article.tags()).containsExactly(Tag.of("Apple"));
    assertThat(article.report().diagnostics()).isEmpty();
  }
}
