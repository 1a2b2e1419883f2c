package dev.redazione.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Body;
import dev.redazione.core.Image;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Slug;
import dev.redazione.core.Source;
import dev.redazione.core.SourceFormat;
import dev.redazione.ingest.ImageCatalog;
import dev.redazione.search.LuceneSearchFactory;
import dev.redazione.testkit.TestArticles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What visitors see on the pages, parsed with jsoup from the site renderer. */
class PagesTest {

  /** A 3 × 2 PNG. */
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEklEQVR4nGP4z8DAwMDAwMAAAA7+Af/YRqFMAAAAAElFTkSuQmCC");

  private static final SiteRenderer RENDERER =
      SiteRenderer.create(
          SiteSettings.of("https://redazione.example"), LuceneSearchFactory.create());

  @TempDir Path content;

  private static Document html(Site site, String path) {
    RenderedPage page =
        site.render(path).orElseThrow(() -> new AssertionError("no page at " + path));
    return Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8));
  }

  /**
   * An article whose plain text has its paragraphs on lines of their own, as rendered bodies do.
   */
  private static Article.Builder article(String title, String html) {
    String text = String.join("\n\n", Jsoup.parse(html).select("p, figcaption").eachText());
    return Article.builder()
        .slug(Slug.of(title))
        .title(title)
        .body(new Body("Testo", html, text))
        .source(new Source("articoli/" + Slug.of(title).value() + ".md", SourceFormat.RAW_TEXT));
  }

  private Site withImages(List<Article> articles) throws IOException {
    Files.createDirectories(content.resolve("articoli"));
    Files.write(content.resolve("articoli/foto.png"), PNG);
    return RENDERER.snapshot(Archive.of(articles), ImageCatalog.scan(content), Instant.now());
  }

  private static Site inMemory(List<Article> articles) {
    return RENDERER.snapshot(Archive.of(articles), ImageCatalog.empty(), Instant.now());
  }

  @Test
  void cardTitlesUnderAnArticleAreHeadingsBelowTheirSectionsHeading() {
    Site site =
        SiteRenderer.create(
                SiteSettings.of("https://redazione.example"), LuceneSearchFactory.create())
            .snapshot(TestArticles.seedShapedArchive(), ImageCatalog.empty(), Instant.now());
    Document article = html(site, "/articoli/la-partnership-tra-openai-e-microsoft-si-espande");
    Element related = article.expectFirst("section.related");
    assertThat(related.expectFirst("h2").text()).isEqualTo("Leggi anche");
    assertThat(related.select("h2.card__title")).isEmpty();
    assertThat(related.select("h3.card__title a").eachText()).isNotEmpty();
    assertThat(html(site, "/").select("h2.card__title")).hasSize(3);
  }

  @Test
  void cardsAndArticlesShowTheLeadImageWithItsSize() throws IOException {
    Site site =
        withImages(
            List.of(
                article("Il ponte riapre", "<p>Testo.</p>")
                    .image(Image.of("foto.png", "Il ponte di sera", null))
                    .build()));
    Element card = html(site, "/").expectFirst(".card img.card__image");
    assertThat(card.attr("src")).isEqualTo("/immagini/articoli/foto.png");
    assertThat(card.attr("alt")).isEqualTo("Il ponte di sera");
    assertThat(card.attr("width")).isEqualTo("3");
    assertThat(card.attr("height")).isEqualTo("2");
    Element lead = html(site, "/articoli/il-ponte-riapre").expectFirst("figure.article__image img");
    assertThat(lead.attr("width")).isEqualTo("3");
    assertThat(lead.attr("height")).isEqualTo("2");
  }

  @Test
  void bodyImagesHaveTheirSizeAndNoAltThatRepeatsTheCaption() throws IOException {
    Site site =
        withImages(
            List.of(
                article(
                        "Il ponte riapre",
                        "<p>Testo.</p><figure><img src=\"foto.png\" alt=\"Il ponte di sera.\">"
                            + "<figcaption>Il ponte  di sera</figcaption></figure>"
                            + "<p><img src=\"foto.png\" alt=\"Una foto senza didascalia\"></p>")
                    .build()));
    Document page = html(site, "/articoli/il-ponte-riapre");
    List<Element> images = page.select(".article__body img");
    assertThat(images).hasSize(2);
    assertThat(images.get(0).attr("alt")).isEmpty();
    assertThat(images.get(0).hasAttr("alt")).isTrue();
    assertThat(images.get(0).attr("width")).isEqualTo("3");
    assertThat(images.get(0).attr("height")).isEqualTo("2");
    assertThat(images.get(1).attr("alt")).isEqualTo("Una foto senza didascalia");
  }

  @Test
  void aLeadImageAltThatRepeatsTheCaptionIsEmpty() throws IOException {
    Site site =
        withImages(
            List.of(
                article("Il ponte riapre", "<p>Testo.</p>")
                    .image(Image.of("foto.png", "Il ponte di sera", "Il ponte di sera."))
                    .build()));
    Element figure = html(site, "/articoli/il-ponte-riapre").expectFirst("figure.article__image");
    assertThat(figure.expectFirst("img").attr("alt")).isEmpty();
    assertThat(figure.expectFirst("figcaption").text()).isEqualTo("Il ponte di sera.");
  }

  @Test
  void aDerivedTitleDoesNotEatTheStartOfTheTeaser() {
    Article derived =
        article(
                "Microsoft ha annunciato il progetto Stargate",
                "<p>Microsoft ha annunciato il progetto Stargate e l’intenzione di continuare."
                    + "</p><p>Altro testo.</p>")
            .build();
    String teaser = html(inMemory(List.of(derived)), "/").expectFirst(".card__teaser").text();
    assertThat(teaser).startsWith("Microsoft ha annunciato il progetto Stargate e l’intenzione");
  }

  @Test
  void aTitleRepeatedAsTheFirstLineIsLeftOutOfTheTeaser() {
    Article headline =
        article("Il ponte riapre", "<p>Il ponte riapre</p><p>Da lunedì si passa di nuovo.</p>")
            .build();
    assertThat(html(inMemory(List.of(headline)), "/").expectFirst(".card__teaser").text())
        .isEqualTo("Da lunedì si passa di nuovo.");
  }

  @Test
  void anImageCreditInTheSubtitleBecomesTheLeadImageCaption() throws IOException {
    Article credited =
        article("Il ponte riapre", "<p>Testo.</p>")
            .subtitle("Un’opera attesa da anni. [Immagine presa dal sito del comune]")
            .image(Image.of("foto.png", "Il ponte", null))
            .build();
    Site site = withImages(List.of(credited));
    Document page = html(site, "/articoli/il-ponte-riapre");
    assertThat(page.expectFirst(".article__subtitle").text()).isEqualTo("Un’opera attesa da anni.");
    assertThat(page.expectFirst("figure.article__image figcaption").text())
        .isEqualTo("Immagine presa dal sito del comune");
    assertThat(page.expectFirst("meta[name=description]").attr("content"))
        .isEqualTo("Un’opera attesa da anni.");
    assertThat(html(site, "/").expectFirst(".card__teaser").text())
        .isEqualTo("Un’opera attesa da anni.");
    Site withoutImage = inMemory(List.of(credited));
    assertThat(html(withoutImage, "/articoli/il-ponte-riapre").text())
        .doesNotContain("Immagine presa");
  }

  @Test
  void paginationNumbersItsPagesAroundTheCurrentOne() {
    List<Article> many = new ArrayList<>();
    for (int i = 1; i <= 95; i++) {
      many.add(
          article("Notizia numero " + i, "<p>Testo.</p>")
              .date(PublicationDate.parse(String.format("2024-01-%02d", 1 + i % 28)))
              .build());
    }
    Site site = inMemory(many);
    Element pagination = html(site, "/pagina/5").expectFirst("nav.pagination");
    assertThat(pagination.select(".pagination__pages li").eachText())
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "…", "10");
    Element current = pagination.expectFirst("a[aria-current=page]");
    assertThat(current.text()).isEqualTo("5");
    assertThat(current.attr("href")).isEqualTo("/pagina/5");
    assertThat(current.attr("aria-label")).isEqualTo("Pagina 5 di 10");
    assertThat(pagination.select(".pagination__pages a").eachAttr("href"))
        .contains("/", "/pagina/3", "/pagina/10");
    assertThat(pagination.select("a[rel=prev]").attr("href")).isEqualTo("/pagina/4");
    assertThat(pagination.select("a[rel=next]").attr("href")).isEqualTo("/pagina/6");
    assertThat(html(site, "/").select(".pagination__pages li").eachText())
        .containsExactly("1", "2", "3", "…", "10");
    assertThat(html(site, "/pagina/7").select(".pagination__pages li").eachText())
        .containsExactly("1", "…", "5", "6", "7", "8", "9", "10");
  }

  @Test
  void aYearsListingLinksToItsMonths() {
    Site site =
        SiteRenderer.create(
                SiteSettings.of("https://redazione.example"), LuceneSearchFactory.create())
            .snapshot(
                Archive.of(
                    List.of(
                        article("A", "<p>a</p>").date(PublicationDate.parse("2025-01-10")).build(),
                        article("B", "<p>b</p>").date(PublicationDate.parse("2025-03")).build(),
                        article("C", "<p>c</p>").date(PublicationDate.parse("2025")).build())),
                ImageCatalog.empty(),
                Instant.now());
    Element months = html(site, "/archivio/2025").expectFirst("nav.listing__months");
    assertThat(months.attr("aria-label")).isEqualTo("Mesi del 2025");
    assertThat(months.select("a").eachAttr("href"))
        .containsExactly("/archivio/2025/03", "/archivio/2025/01");
    assertThat(months.select("a span:first-child").eachText())
        .containsExactly("marzo 2025", "gennaio 2025");
    assertThat(html(site, "/archivio/2025/01").select("nav.listing__months")).isEmpty();
  }

  @Test
  void theNavigationMarksTheCurrentSection() {
    Site site =
        SiteRenderer.create(
                SiteSettings.of("https://redazione.example"), LuceneSearchFactory.create())
            .snapshot(TestArticles.seedShapedArchive(), ImageCatalog.empty(), Instant.now());
    assertThat(current(html(site, "/tag"))).containsExactly("/tag page");
    assertThat(current(html(site, "/tag/openai"))).containsExactly("/tag true");
    assertThat(current(html(site, "/archivio/2025/01"))).containsExactly("/archivio true");
    assertThat(current(html(site, "/"))).containsExactly("/ page");
    assertThat(current(html(site, "/articoli/microsoft-e-il-progetto-stargate"))).isEmpty();
    assertThat(current(html(site, "/autori"))).containsExactly("/autori page");
  }

  private static List<String> current(Document page) {
    return page.select(".site-nav a[aria-current]").stream()
        .map(a -> a.attr("href") + " " + a.attr("aria-current"))
        .toList();
  }

  @Test
  void searchLandmarksAreLabelledApart() {
    Site site =
        SiteRenderer.create(
                SiteSettings.of("https://redazione.example"), LuceneSearchFactory.create())
            .snapshot(TestArticles.seedShapedArchive(), ImageCatalog.empty(), Instant.now());
    Document page =
        Jsoup.parse(new String(site.searchPage("q=openai").body(), StandardCharsets.UTF_8));
    assertThat(page.select("[role=search]").eachAttr("aria-label"))
        .containsExactly("Cerca nel sito", "Nuova ricerca");
  }

  @Test
  void searchResultsComeBeforeTheFiltersAndTheUndatedAreCounted() {
    Site site =
        SiteRenderer.create(
                SiteSettings.of("https://redazione.example"), LuceneSearchFactory.create())
            .snapshot(TestArticles.seedShapedArchive(), ImageCatalog.empty(), Instant.now());
    Document page =
        Jsoup.parse(new String(site.searchPage("q=microsoft").body(), StandardCharsets.UTF_8));
    Element layout = page.expectFirst(".search__layout");
    assertThat(layout.child(0).hasClass("search__results")).isTrue();
    assertThat(layout.child(1).hasClass("facets")).isTrue();
    assertThat(page.expectFirst(".facet-note").text())
        .isEqualTo("1 risultato senza data non è tra gli anni");
  }

  @Test
  void theNotFoundPageOffersASearchAndTheArchiveOtherErrorsDoNot() {
    Site site = inMemory(List.of(article("A", "<p>a</p>").build()));
    Document notFound = Jsoup.parse(new String(site.notFound().body(), StandardCharsets.UTF_8));
    Element form = notFound.expectFirst("main form[role=search]");
    assertThat(form.attr("action")).isEqualTo("/cerca");
    assertThat(form.expectFirst("label").attr("for")).isEqualTo(form.expectFirst("input").id());
    assertThat(notFound.select("main a[href=/archivio]")).hasSize(1);
    assertThat(notFound.select("[role=search]").eachAttr("aria-label"))
        .containsExactly("Cerca nel sito", "Nuova ricerca");
    Document serverError =
        Jsoup.parse(new String(site.error(ErrorPage.SERVER_ERROR).body(), StandardCharsets.UTF_8));
    assertThat(serverError.select("main form")).isEmpty();
  }
}
