package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.testkit.browser.Chromium;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Builds the site of 1,000 generated articles (or {@code -Dgenerated.articles=N}), checks every
 * internal link and asset of it, and times its search in Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuildGeneratedIT {

  private static final int ARTICLES = Integer.getInteger("generated.articles", 1_000);

  /** Queries of the generator's vocabulary: words, phrases, elisions, accents, prefixes. */
  private static final List<String> QUERIES =
      List.of(
          "intelligenza artificiale",
          "accordo",
          "sicurezza informatica",
          "data center",
          "l’azienda",
          "semicond",
          "privacy",
          "modelli linguistici",
          "realta aumentata",
          "investimento miliardario",
          "mercato",
          "partnership strategica",
          "open source",
          "nuove regole per i dati degli utenti",
          "quantum comp");

  /**
   * A bound on the time from typing to results shown that holds on a busy machine too: the target
   * is 100 ms, met on an idle one (docs/PERFORMANCE.md); the search itself is held to 100 ms here.
   */
  private static final int LOADED_MACHINE_LIMIT = 1_000;

  @TempDir static Path temp;

  private Path out;
  private CliRun build;

  @BeforeAll
  void build() {
    Path content = temp.resolve("content");
    out = temp.resolve("site");
    CliRun generate =
        CliRun.of(
            "generate", Integer.toString(ARTICLES), "--to", content.toString(), "--seed", "7");
    assertThat(generate.exitCode()).as(generate.toString()).isEqualTo(ExitCode.OK);
    build = CliRun.of("build", "--content", content.toString(), "--out", out.toString());
  }

  @Test
  void generatedArticlesExportWithoutBrokenLinks() throws IOException {
    assertThat(build.exitCode()).as(build.toString()).isEqualTo(ExitCode.OK);
    assertThat(build.outLines()).first().asString().startsWith("built " + ARTICLES + " articles: ");
    try (Stream<Path> articles = Files.list(out.resolve("articoli"))) {
      assertThat(articles.filter(dir -> Files.isRegularFile(dir.resolve("index.html"))))
          .hasSize(ARTICLES);
    }
    try (Stream<Path> records = Files.list(out.resolve("api/articles"))) {
      assertThat(records.filter(file -> file.toString().endsWith(".json"))).hasSize(ARTICLES);
    }
    LinkChecker links = new LinkChecker(out, "http://localhost:8080");
    assertThat(links.brokenLinks()).isEmpty();
    assertThat(links.checked()).isGreaterThan(50 * ARTICLES);
  }

  @Test
  void chromiumSearchesEveryQueryWithinAHundredMilliseconds() throws IOException {
    assertThat(build.exitCode()).as(build.toString()).isEqualTo(ExitCode.OK);
    try (ExportServer server = ExportServer.serve(out);
        Chromium browser = Chromium.start(1366, 900)) {
      long started = System.nanoTime();
      browser.driver().get(server.url("/cerca"));
      new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
          .until(d -> !d.findElements(By.cssSelector("[data-search-index][data-ready]")).isEmpty());
      long ready = (System.nanoTime() - started) / 1_000_000;
      @SuppressWarnings("unchecked")
      Map<String, Object> times =
          (Map<String, Object>)
              browser.js(
                  "const input = document.querySelector('#cerca-pagina-q');"
                      + "const time = q => { const t = performance.now(); input.value = q;"
                      + "  input.dispatchEvent(new Event('input'));"
                      + "  document.body.offsetHeight; return performance.now() - t; };"
                      + "const alone = q => { const t = performance.now();"
                      + "  RedazioneCerca.search(RedazioneCerca.index, q);"
                      + "  return performance.now() - t; };"
                      + "const first = arguments[0].map(time);"
                      + "const again = arguments[0].map(time);"
                      + "const searchOnly = arguments[0].map(alone);"
                      + "return {first: Math.max(...first), again: Math.max(...again),"
                      + "  searchOnly: Math.max(...searchOnly)};",
                  QUERIES);
      double first = ((Number) times.get("first")).doubleValue();
      double again = ((Number) times.get("again")).doubleValue();
      double searchOnly = ((Number) times.get("searchOnly")).doubleValue();
      byte[] index = Files.readAllBytes(out.resolve("assets/cerca-indice.json"));
      System.out.printf(
          "static search of %d articles: index %d KiB (%d KiB gzipped), page ready in %d ms,"
              + " slowest of %d queries typed: %.1f ms the first time, %.1f ms again"
              + " (search alone, without showing the results: %.1f ms)%n",
          ARTICLES,
          index.length / 1024,
          gzipped(index) / 1024,
          ready,
          QUERIES.size(),
          first,
          again,
          searchOnly);
      assertThat(searchOnly).isLessThan(100);
      assertThat(first).isLessThan(LOADED_MACHINE_LIMIT);
      assertThat(again).isLessThan(LOADED_MACHINE_LIMIT);
    }
  }

  private static int gzipped(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    }
    return out.size();
  }
}
