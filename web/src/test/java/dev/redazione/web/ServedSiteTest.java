package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Archive;
import dev.redazione.ingest.ImageCatalog;
import dev.redazione.search.LuceneSearchFactory;
import dev.redazione.site.RenderedPage;
import dev.redazione.site.SiteRenderer;
import dev.redazione.site.SiteSettings;
import dev.redazione.testkit.TestArticles;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A snapshot about to replace another is made ready with the pages the old one served most. */
class ServedSiteTest {

  private static final SiteRenderer RENDERER =
      SiteRenderer.create(
          SiteSettings.of("https://redazione.example"), LuceneSearchFactory.create());
  private static final Instant VERSION = Instant.parse("2026-06-01T10:00:00Z");

  private static ServedSite served(Archive archive) {
    return new ServedSite(
        RENDERER.snapshot(archive, ImageCatalog.empty(), VERSION), List.of(), 0, MovedSlugs.NONE);
  }

  @Test
  void warmingRendersTheBusiestPagesAndKeepsTheGzipOfAnUnchangedPage() {
    Archive archive = TestArticles.seedShapedArchive();
    ServedSite before = served(archive);
    RenderedPage home = before.site().render("/").orElseThrow();
    byte[] gzip = before.gzipped(home);
    before.site().render("/tag/openai");
    ServedSite after = served(archive);

    after.warmFrom(before, 16);

    RenderedPage again = after.site().cached("/").orElseThrow();
    assertThat(again.etag()).isEqualTo(home.etag());
    assertThat(after.gzipped(again)).as("the old encoding, not compressed again").isSameAs(gzip);
    assertThat(after.site().cached("/tag/openai")).isPresent();
    assertThat(after.site().cached("/tag/microsoft")).as("never requested").isEmpty();
  }
}
