package dev.redazione.ingest.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Body;
import dev.redazione.ingest.ArticleReader;
import dev.redazione.ingest.internal.DiagnosticLog;
import dev.redazione.testkit.SampleFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A body knows the sources of its images without rendering its HTML, and they are exactly the
 * {@code src} of each {@code img} element of that HTML, in order.
 */
class ImageSourcesTest {

  private static final long SEED = 20_261_201L;
  private static final int RANDOM_BODIES = 2_000;
  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

  @Test
  void imageSourcesAreTheSourcesOfTheRenderedImages() {
    assertSources("![Mappa](foto/a.png)", "foto/a.png");
    assertSources("![Mappa](foto/a.png \"titolo\")\n*didascalia*", "foto/a.png");
    assertSources("[![dentro](in.png)](https://example.org)", "in.png");
    assertSources("![fuori ![annidata](n.png)](o.png)", "o.png");
    assertSources("![a](a&b.png) e ![b](<con spazi.png>)", "a&amp;b.png", "con spazi.png");
    assertSources("![rifiutata](javascript:alert(1)) ![vuota]()");
    assertSources("![a][r]\n\n[r]: r.png", "r.png");
    assertSources("| a |\n|---|\n| ![c](cella.png) |", "cella.png");
    assertSources("## ![t](titolo.png)", "titolo.png");
    assertSources("`![codice](c.png)` e \\![no](no.png)");
    assertSources("<p>grezzo <img src=\"r.png\" alt=\"r\"></p>\n\n![m](m.png)", "r.png", "m.png");
  }

  @Test
  void imageSourcesAgreeWithTheHtmlOverSeedsGeneratedAndRandomBodies() throws IOException {
    List<String> bodies = new ArrayList<>(articleBodies());
    Random random = new Random(SEED);
    for (int i = 0; i < RANDOM_BODIES; i++) {
      bodies.add(RandomMarkdown.body(random));
    }
    int withImages = 0;
    for (String markdown : bodies) {
      Body body = RENDERER.render(markdown, 0, new DiagnosticLog("a.md")).body();
      List<String> known = body.imageSources();
      assertThat(known)
          .as("image sources of%n%s", markdown)
          .isEqualTo(ImageSources.in(body.html()));
      withImages += known.isEmpty() ? 0 : 1;
    }
    assertThat(withImages).isGreaterThan(RANDOM_BODIES / 10);
  }

  private static void assertSources(String markdown, String... expected) {
    Body body = RENDERER.render(markdown, 0, new DiagnosticLog("a.md")).body();
    assertThat(body.imageSources()).as("image sources of%n%s", markdown).containsExactly(expected);
    assertThat(ImageSources.in(body.html())).as("HTML of%n%s", markdown).containsExactly(expected);
  }

  /** The bodies of the seeds and of generated articles, as the reader prepares them. */
  private static List<String> articleBodies() {
    List<byte[]> files = SampleFiles.seedsAndGenerated(100, SEED);
    List<String> bodies = new ArrayList<>();
    for (byte[] file : files) {
      ArticleReader.create()
          .read("a.md", file)
          .article()
          .ifPresent(article -> bodies.add(article.body().markdown()));
    }
    return bodies;
  }
}
