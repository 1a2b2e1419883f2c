package dev.redazione.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.site.internal.Route.ListingKind;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouteParserTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "/, /",
    "/?pagina=1, /",
    "/?pagina=2, /pagina/2",
    "/pagina/3, /pagina/3",
    "/?utm_source=x&pagina=2, /pagina/2",
    "/articoli/microsoft-openai, /articoli/microsoft-openai",
    "/articoli/microsoft-openai/, /articoli/microsoft-openai",
    "/tag, /tag",
    "/tag/openai, /tag/openai",
    "/tag/openai/pagina/2, /tag/openai/pagina/2",
    "/tag/openai?pagina=2, /tag/openai/pagina/2",
    "/categorie/ai, /categorie/ai",
    "/autori/claudio-garau, /autori/claudio-garau",
    "/archivio, /archivio",
    "/archivio/2025, /archivio/2025",
    "/archivio/2025/01, /archivio/2025/01",
    "/archivio/2025/01/pagina/2, /archivio/2025/01/pagina/2",
    "/archivio/senza-data, /archivio/senza-data",
    "/feed.xml, /feed.xml",
    "/rss.xml, /rss.xml",
    "/sitemap.xml, /sitemap.xml",
    "/robots.txt, /robots.txt",
    "/assets/site.css?v=abc, /assets/site.css",
    "/api/articles, /api/articles.json",
    "/api/articles.json, /api/articles.json",
    "/api/articles?pagina=2, /api/articles/pagina/2.json",
    "/api/articles/pagina/2, /api/articles/pagina/2.json",
    "/api/articles/pagina/2.json, /api/articles/pagina/2.json",
    "/api/articles/pagina.json, /api/articles/pagina.json",
    "/api/articles/microsoft-openai, /api/articles/microsoft-openai.json",
    "/api/articles/microsoft-openai.json, /api/articles/microsoft-openai.json"
  })
  void parsesCanonicalPath(String target, String canonical) {
    assertThat(RouteParser.parse(target))
        .as(target)
        .hasValueSatisfying(r -> assertThat(r.path()).isEqualTo(canonical));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "relative",
        "/nope",
        "/pagina/0",
        "/pagina/01",
        "/pagina/abc",
        "/?pagina=0",
        "/?pagina=-1",
        "/?pagina=2&pagina=3",
        "/api/articles.json?pagina=2",
        "/api/articles/x.json?pagina=2",
        "/api/articles/pagina/0.json",
        "/api/articles/x.json.json",
        "/api/articles/X.json",
        "/api/articles.json/x",
        "/pagina/2?pagina=3",
        "/articoli",
        "/articoli/Maiuscole",
        "/articoli/../pom.xml",
        "/articoli/%2e%2e",
        "/articoli/a/b",
        "/tag/open ai",
        "/tag/openai/pagina",
        "/archivio/25",
        "/archivio/2025/13",
        "/archivio/2025/1",
        "/feed.xml?pagina=2",
        "/api/other",
        "//etc/passwd"
      })
  void rejectsAnythingElse(String target) {
    assertThat(RouteParser.parse(target)).as(target).isEmpty();
  }

  @Test
  void parsesMonthListingIntoItsParts() {
    assertThat(RouteParser.parse("/archivio/2025/01/pagina/2"))
        .contains(new Route.MonthListing(YearMonth.of(2025, 1), 2));
  }

  @Test
  void parsesTermListingIntoItsParts() {
    assertThat(RouteParser.parse("/autori/claudio-garau"))
        .contains(new Route.TermListing(ListingKind.AUTHOR, "claudio-garau", 1));
  }
}
