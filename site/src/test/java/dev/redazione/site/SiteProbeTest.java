package dev.redazione.site;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SiteProbeTest {
  @Test
  void probe() {
    Site site = SiteRenderer.create(SiteSettings.of("https://example.org")).snapshot(TestArticles.archive(), ImageCatalog.empty(), Instant.now());
    for (String path : new String[] {"/", "/articoli/la-partnership-tra-openai-e-microsoft-si-espande", "/feed.xml", "/sitemap.xml", "/api/articles", "/archivio", "/tag"}) {
      System.out.println("==== " + path);
      System.out.println(new String(site.render(path).orElseThrow().body(), StandardCharsets.UTF_8));
    }
    System.out.println(site.routes());
  }
}
