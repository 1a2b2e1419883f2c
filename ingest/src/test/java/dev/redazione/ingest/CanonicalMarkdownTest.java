package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Article;
import dev.redazione.core.ArticleField;
import dev.redazione.testkit.Seeds;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Canonical Markdown read back gives the same article, for every seed. */
class CanonicalMarkdownTest {

  static Stream<Article> seeds() {
    return ContentLoader.create().load(Seeds.folder()).archive().articles().stream();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void roundTripKeepsEveryField(Article original) {
    String canonical = CanonicalMarkdown.write(original);
    Article copy =
        ArticleReader.create()
            .read("import/" + original.slug() + ".md", canonical.getBytes(StandardCharsets.UTF_8))
            .article()
            .orElseThrow();

    assertThat(copy.slug()).isEqualTo(original.slug());
    assertThat(copy.title()).isEqualTo(original.title());
    assertThat(copy.subtitle()).isEqualTo(original.subtitle());
    assertThat(copy.date()).isEqualTo(original.date());
    assertThat(copy.updated()).isEqualTo(original.updated());
    assertThat(copy.authors())
        .usingRecursiveFieldByFieldElementComparator()
        .isEqualTo(original.authors());
    assertThat(copy.tags())
        .usingRecursiveFieldByFieldElementComparator()
        .isEqualTo(original.tags());
    assertThat(copy.categories()).isEqualTo(original.categories());
    assertThat(copy.image()).isEqualTo(original.image());
    assertThat(copy.summary()).isEqualTo(original.summary());
    assertThat(copy.body()).isEqualTo(original.body());
    assertThat(copy.headings()).isEqualTo(original.headings());
    assertThat(copy.extra()).isEqualTo(original.extra());
    assertThat(origins(copy)).isEqualTo(origins(original));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void canonicalOutputIsAFixedPoint(Article original) {
    String canonical = CanonicalMarkdown.write(original);
    Article copy =
        ArticleReader.create()
            .read("copy.md", canonical.getBytes(StandardCharsets.UTF_8))
            .article()
            .orElseThrow();

    assertThat(CanonicalMarkdown.write(copy)).isEqualTo(canonical);
  }

  @Test
  void aliasesAreWrittenBackAsTheirPaths() {
    Article original =
        Reading.article(
            "trasloco.md",
            "---\ntitle: Nuovo titolo\naliases: [vecchio-titolo, /2024/05/vecchio.html]\n---\n"
                + "Testo.\n");

    String canonical = CanonicalMarkdown.write(original);

    assertThat(canonical)
        .contains("aliases:\n  - /articoli/vecchio-titolo\n  - /2024/05/vecchio.html\n");
    assertThat(Reading.article("copia.md", canonical).aliases()).isEqualTo(original.aliases());
  }

  private static Map<ArticleField, Object> origins(Article article) {
    Map<ArticleField, Object> origins = new EnumMap<>(ArticleField.class);
    article
        .report()
        .provenance()
        .forEach((field, provenance) -> origins.put(field, provenance.origin()));
    return origins;
  }
}
