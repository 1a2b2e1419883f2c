package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Alias;
import dev.redazione.core.Article;
import dev.redazione.core.ArticleField;
import dev.redazione.core.Provenance;
import dev.redazione.core.Severity;
import org.junit.jupiter.api.Test;

/**
 * Front-matter {@code aliases} (and Jekyll's {@code redirect_from}): old addresses of an article.
 */
class FrontMatterRedirectsTest {

  @Test
  void readsHugoAliasesAsOldSlugsAndSitePaths() {
    Article article =
        Reading.article(
            "trasloco.md",
            """
            ---
            title: Nuovo titolo
            aliases:
              - vecchio-titolo
              - /2024/05/vecchio.html
            ---
            Testo.
            """);

    assertThat(article.aliases())
        .extracting(Alias::path)
        .containsExactly("/articoli/vecchio-titolo", "/2024/05/vecchio.html");
    assertThat(article.report().provenance(ArticleField.ALIASES).map(Provenance::lineNumber))
        .hasValue(3);
    assertThat(article.extra()).doesNotContainKey("aliases");
    assertThat(article.report().diagnostics()).isEmpty();
  }

  @Test
  void readsJekyllRedirectFromAsOneText() {
    Article article =
        Reading.article("jekyll.md", "---\ntitle: Nuovo\nredirect_from: /vecchio/\n---\nTesto.\n");

    assertThat(article.aliases()).extracting(Alias::path).containsExactly("/vecchio");
  }

  @Test
  void anAliasThatIsNotAPathIsIgnoredWithAWarningAtItsLine() {
    Article article =
        Reading.article(
            "rotto.md",
            """
            ---
            title: Nuovo titolo
            date: 2024-05-01
            aliases: [https://altro.example/x, /buono, /a/../b]
            ---
            Testo.
            """);

    assertThat(article.aliases()).extracting(Alias::path).containsExactly("/buono");
    assertThat(article.report().diagnostics())
        .hasSize(2)
        .allSatisfy(
            d -> {
              assertThat(d.code()).isEqualTo("INVALID_ALIAS");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.lineNumber()).isEqualTo(4);
              assertThat(d.message()).contains("`aliases` (line 4)", Alias.EXPECTED);
            });
  }
}
