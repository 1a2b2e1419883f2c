package dev.redazione.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.ingest.ContentLoader;
import dev.redazione.ingest.ImageCatalog;
import dev.redazione.ingest.LoadResult;
import dev.redazione.search.LuceneSearchFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search quotes only what an article page shows: no caption of a figure the page leaves out. */
class ShownTextTest {

  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  @TempDir Path content;

  private LoadResult load() throws IOException {
    Files.write(content.resolve("c'e.png"), PNG);
    Files.writeString(
        content.resolve("porto.md"),
        """
        ---
        title: Il porto si rinnova
        date: 2024-06-01
        ---
        Il consiglio ha approvato il progetto del nuovo molo per le navi da crociera.

        ![Il molo](manca.png)
        *Il vecchio faro di Zanzibar visto dal mare*

        ![Il cantiere](c'e.png)
        *Il cantiere del molo all'alba*

        Il sindaco ha ricordato il gemellaggio con Zanzibar firmato dieci anni fa.
        """);
    return ContentLoader.create().load(content);
  }

  @Test
  void theCaptionOfAFigureThePageLeavesOutIsNotInTheShownText() throws IOException {
    LoadResult load = load();
    Article article = load.archive().getBySlug("il-porto-si-rinnova");

    String shown = ShownText.of(load.archive(), load.images()).apply(article);

    assertThat(article.body().text()).contains("Il vecchio faro di Zanzibar");
    assertThat(shown)
        .doesNotContain("faro")
        .contains("Il cantiere del molo all'alba", "gemellaggio con Zanzibar", "nuovo molo");
  }

  @Test
  void searchResultsQuoteOnlyWhatThePageShows() throws IOException {
    LoadResult load = load();
    Archive archive = load.archive();
    Site site =
        SiteRenderer.create(
                SiteSettings.of("https://redazione.example"), LuceneSearchFactory.create())
            .snapshot(archive, load.images(), Instant.now());

    Document page =
        Jsoup.parse(new String(site.searchPage("q=zanzibar").body(), StandardCharsets.UTF_8));
    Document article =
        Jsoup.parse(
            new String(
                site.render("/articoli/il-porto-si-rinnova").orElseThrow().body(),
                StandardCharsets.UTF_8));

    assertThat(article.text()).doesNotContain("faro");
    assertThat(page.select(".result__passage").eachText())
        .singleElement()
        .asString()
        .contains("gemellaggio con Zanzibar")
        .doesNotContain("faro");
    Document hidden =
        Jsoup.parse(new String(site.searchPage("q=vecchio").body(), StandardCharsets.UTF_8));
    assertThat(hidden.select(".result")).isEmpty();
  }

  @Test
  void aReloadedSiteQuotesACaptionOnceItsImageIsThere() throws IOException {
    LoadResult load = load();
    Archive archive = load.archive();
    SiteRenderer renderer =
        SiteRenderer.create(
            SiteSettings.of("https://redazione.example"), LuceneSearchFactory.create());
    Site before = renderer.snapshot(archive, load.images(), Instant.now());
    Files.write(content.resolve("manca.png"), PNG);

    Site after =
        renderer.nextSnapshot(
            before, archive, ContentLoader.create().load(content).images(), Instant.now());

    assertThat(results(before, "vecchio")).isEmpty();
    assertThat(results(after, "vecchio"))
        .singleElement()
        .asString()
        .contains("vecchio faro di Zanzibar");
  }

  @Test
  void theNextArchivesShownTextIsReusedOnlyWhereBodyAndImagesAreTheSame() throws IOException {
    LoadResult load = load();
    ShownText first = ShownText.of(load.archive(), load.images());
    Article article = load.archive().getBySlug("il-porto-si-rinnova");

    ShownText same = first.next(load.archive(), load.images());
    Path file = content.resolve("porto.md");
    Files.writeString(file, Files.readString(file).replace("crociera", "linea"));
    LoadResult edited = ContentLoader.create().load(content);
    ShownText afterEdit = first.next(edited.archive(), edited.images());
    Files.write(content.resolve("manca.png"), PNG);
    LoadResult withImage = ContentLoader.create().load(content);
    ShownText shown = first.next(withImage.archive(), withImage.images());

    assertThat(same.apply(article)).isSameAs(first.apply(article));
    assertThat(afterEdit.apply(edited.archive().getBySlug("il-porto-si-rinnova")))
        .contains("navi da linea")
        .doesNotContain("crociera", "faro");
    assertThat(shown.apply(withImage.archive().getBySlug("il-porto-si-rinnova")))
        .contains("Il vecchio faro di Zanzibar");
  }

  @Test
  void anArticleWithoutFiguresIsIndexedAsItsPlainText() throws IOException {
    Files.writeString(content.resolve("semplice.md"), "---\ntitle: Semplice\n---\nSolo testo.\n");
    LoadResult load = ContentLoader.create().load(content);
    Article plain = load.archive().getBySlug("semplice");

    assertThat(ShownText.of(load.archive(), ImageCatalog.empty()).apply(plain))
        .isSameAs(plain.body().text());
  }

  private static List<String> results(Site site, String query) {
    return Jsoup.parse(new String(site.searchPage("q=" + query).body(), StandardCharsets.UTF_8))
        .select(".result__passage")
        .eachText();
  }
}
