package dev.redazione.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Author;
import dev.redazione.core.Body;
import dev.redazione.core.Slug;
import dev.redazione.core.Source;
import dev.redazione.core.SourceFormat;
import dev.redazione.core.Tag;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.core.search.RelatedArticle;
import dev.redazione.core.search.SearchQuery;
import dev.redazione.core.search.SearchResults;
import dev.redazione.ingest.ImageCatalog;
import dev.redazione.search.LuceneSearchFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Article pages survive hostile content: text that would end or confuse the JSON-LD script, and
 * articles with huge fields built directly, with none of ingest's limits.
 */
class HostilePagesTest {

  private static final SiteRenderer RENDERER =
      SiteRenderer.create(
          SiteSettings.of("https://redazione.example/"), LuceneSearchFactory.create());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BODY = "<p>Il corpo dell’articolo resta intero.</p>";

  private static Article article(String title, String subtitle, String tag, String author) {
    return Article.builder()
        .slug(Slug.of("pagina ostile"))
        .title(title)
        .subtitle(subtitle)
        .tags(List.of(Tag.of(tag)))
        .authors(List.of(Author.of(author)))
        .body(new Body("Testo", BODY, "Il corpo dell’articolo resta intero."))
        .source(new Source("ostile.md", SourceFormat.FRONT_MATTER_MARKDOWN))
        .build();
  }

  private static Document page(Site site, String path) {
    RenderedPage page = site.render(path).orElseThrow(() -> new AssertionError("no " + path));
    return Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "</script><script>alert(1)</script>",
        "<!--<script>",
        "a <!-- b --> c",
        "]]> e <![CDATA[",
        "riga\u2028separata\u2029paragrafo",
        "& &amp; \" ' \\ / <b>",
        "</SCRIPT >"
      })
  void jsonLdParsesBackToTheOriginalTextAndTheBodyIsIntact(String breaker) throws Exception {
    String title = "Titolo " + breaker + " fine";
    Article article = article(title, "Sotto " + breaker, "tag " + breaker, "Autore " + breaker);
    Site site =
        RENDERER.snapshot(Archive.of(List.of(article)), ImageCatalog.empty(), Instant.now());
    Document document = page(site, "/articoli/" + article.slug());

    Element script = document.expectFirst("script[type=application/ld+json]");
    JsonNode jsonLd = JSON.readTree(script.data());
    assertThat(jsonLd.path("headline").asText()).isEqualTo(title);
    assertThat(jsonLd.path("keywords").get(0).asText()).isEqualTo("tag " + breaker);
    assertThat(jsonLd.path("author").get(0).path("name").asText()).isEqualTo("Autore " + breaker);
    assertThat(script.data()).doesNotContain("<", ">", "\u2028", "\u2029");
    assertThat(document.select("script")).hasSize(1);
    assertThat(document.expectFirst("h1.article__title").wholeText()).isEqualTo(title);
    assertThat(document.expectFirst(".article__body").html()).isEqualTo(BODY);
    assertThat(document.select("main#contenuto")).hasSize(1);
  }

  @Test
  void pagesOfArticlesWithHugeFieldsRender() {
    List<Tag> tags = new ArrayList<>();
    tags.add(Tag.of("x".repeat(40_000)));
    IntStream.range(0, 2_000).forEach(i -> tags.add(Tag.of("tema " + i)));
    Article huge =
        article("Titolo " + "lungo ".repeat(2_000), "Sotto", "accordo", "Nome ".repeat(120))
            .toBuilder()
            .tags(tags)
            .build();
    Article other =
        article("Un altro articolo", null, "tema 1", "Anna Neri").toBuilder()
            .slug(Slug.of("un altro articolo"))
            .source(new Source("altro.md", SourceFormat.FRONT_MATTER_MARKDOWN))
            .build();
    Site site =
        RENDERER.snapshot(Archive.of(List.of(huge, other)), ImageCatalog.empty(), Instant.now());

    Document page = page(site, "/articoli/" + huge.slug());
    assertThat(page.select(".article__tags a")).hasSize(2_001);
    assertThat(page.expectFirst(".article__body").html()).isEqualTo(BODY);
    for (String route : site.routes()) {
      assertThat(site.render(route)).as(route).isPresent();
      assertThat(route.length()).as(route).isLessThan(200);
    }
  }

  @Test
  void aFailingSearchLeavesTheArticlePageWithoutItsOptionalParts() {
    Article article = article("Titolo", "Sotto", "tema", "Anna Neri");
    ArticleSearch failing =
        new ArticleSearch() {
          @Override
          public SearchResults search(SearchQuery query) {
            throw new IllegalStateException("search is broken");
          }

          @Override
          public List<RelatedArticle> related(Article of, int limit) {
            throw new IllegalStateException("related is broken");
          }

          @Override
          public List<Article> sameStory(Article of) {
            throw new IllegalStateException("same story is broken");
          }
        };
    Site site =
        RENDERER.snapshot(
            Archive.of(List.of(article)),
            failing,
            ShownText.none(),
            ImageCatalog.empty(),
            Instant.now());

    Document page = page(site, "/articoli/" + article.slug());

    assertThat(page.expectFirst("h1.article__title").text()).isEqualTo("Titolo");
    assertThat(page.expectFirst(".article__body").html()).isEqualTo(BODY);
  }
}
