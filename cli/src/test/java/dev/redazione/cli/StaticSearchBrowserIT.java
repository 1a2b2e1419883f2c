package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.search.StaticSearchIndex;
import dev.redazione.testkit.ItalianWords;
import dev.redazione.testkit.Seeds;
import dev.redazione.testkit.browser.Chromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The static export's search end to end in Debian's headless Chromium: the export of the seeds (and
 * one article whose text is HTML) served by a plain file server with the export's security headers;
 * a reader types a query in any page's search box and reads the results, on a desktop and on a
 * phone, and the script analyses words as the server does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticSearchBrowserIT {

  private static final String HOSTILE_TITLE =
      "Attacco <img src=x onerror=\"window.pwned=1\"> ai router";

  @TempDir static Path temp;

  private ExportServer server;
  private Chromium browser;

  @BeforeAll
  void exportAndOpen() throws IOException {
    Path content = Seeds.copyTo(temp.resolve("content"));
    Files.writeString(
        content.resolve("attacco.md"),
        "---\ntitle: '"
            + HOSTILE_TITLE
            + "'\ndate: 2025-05-02\n---\n\nUn attacco ai router: il testo `<b onmouseover=\"window.pwned=2\">x</b>`"
            + " si legge com'è, senza diventare HTML.\n");
    Path out = temp.resolve("site");
    CliRun build = CliRun.of("build", "--content", content.toString(), "--out", out.toString());
    assertThat(build.exitCode()).as(build.toString()).isEqualTo(ExitCode.OK);
    server = ExportServer.serve(out);
    browser = Chromium.start(1366, 900);
  }

  @AfterAll
  void close() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private List<WebElement> results() {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector("[data-search-index][data-ready]")).isEmpty());
    return browser.driver().findElements(By.cssSelector(".search__static .result"));
  }

  @Test
  void aReaderSearchesFromAnyPageAndReadsMarkedResults() {
    browser.driver().get(server.url("/archivio"));
    WebElement box = browser.driver().findElement(By.id("cerca-q"));
    box.sendKeys("accordi microsoft", Keys.ENTER);

    List<WebElement> results = results();

    assertThat(browser.driver().getCurrentUrl()).endsWith("/cerca?q=accordi+microsoft");
    assertThat(results).isNotEmpty();
    assertThat(browser.driver().findElement(By.cssSelector(".search__summary")).getText())
        .endsWith("per «accordi microsoft»");
    assertThat(browser.driver().findElements(By.cssSelector(".result mark")))
        .extracting(WebElement::getText)
        .anySatisfy(word -> assertThat(word.toLowerCase()).contains("accord"))
        .anySatisfy(word -> assertThat(word).isEqualToIgnoringCase("Microsoft"));
    assertThat(browser.driver().findElements(By.cssSelector(".search__noscript"))).isEmpty();
    results.get(0).findElement(By.cssSelector("a")).click();
    assertThat(browser.driver().getCurrentUrl()).contains("/articoli/");
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotEmpty();
  }

  @Test
  void resultsFollowWhatIsTypedWithAccentsElisionsAndAPrefix() {
    browser.driver().get(server.url("/cerca"));
    results();
    WebElement box = browser.driver().findElement(By.id("cerca-pagina-q"));

    box.sendKeys("l’intelligenza artific");
    String withAccents = browser.driver().findElement(By.cssSelector(".search__summary")).getText();

    assertThat(results()).isNotEmpty();
    assertThat(withAccents).contains("per «l’intelligenza artific»");
    box.clear();
    box.sendKeys("zzzqqq");
    assertThat(browser.driver().findElement(By.cssSelector(".search__summary")).getText())
        .isEqualTo("Nessun risultato per «zzzqqq»");
    assertThat(results()).isEmpty();
  }

  @Test
  void articleTextIsShownAsTextNeverRunAsHtml() {
    browser.driver().get(server.url("/cerca?q=router"));

    List<WebElement> results = results();

    assertThat(results).hasSize(1);
    assertThat(results.get(0).findElement(By.cssSelector(".result__title")).getText())
        .isEqualTo(HOSTILE_TITLE);
    assertThat(results.get(0).getText()).contains("<b onmouseover=\"window.pwned=2\">x</b>");
    assertThat(results.get(0).findElements(By.cssSelector("img, b"))).isEmpty();
    assertThat(browser.js("return typeof window.pwned")).isEqualTo("undefined");
  }

  @Test
  void onAPhoneTheResultsComeFirstAndNothingScrollsSideways() {
    try {
      browser.width(390);
      browser.driver().get(server.url("/cerca?q=microsoft"));
      assertThat(results()).isNotEmpty();
      assertThat(
              browser.number(
                  "return document.querySelector('.search__static .result')"
                      + ".getBoundingClientRect().top"))
          .isLessThan(600);
      assertThat(
              browser.number(
                  "return document.documentElement.scrollWidth"
                      + " - document.documentElement.clientWidth"))
          .isLessThanOrEqualTo(0);
    } finally {
      browser.width(1366);
    }
  }

  @Test
  void withoutJavaScriptThePageSaysSearchNeedsIt() {
    browser
        .driver()
        .executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    try {
      browser.driver().get(server.url("/cerca?q=microsoft"));
      var page = Jsoup.parse(browser.driver().getPageSource());
      assertThat(page.select(".result")).isEmpty();
      assertThat(page.expectFirst(".search__noscript").text())
          .contains("copia statica", "richiede JavaScript");
    } finally {
      browser
          .driver()
          .executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }
  }

  @Test
  void chromiumAnalysesWordsAsTheServerDoes() {
    browser.driver().get(server.url("/cerca"));
    results();

    @SuppressWarnings("unchecked")
    List<List<String>> browserTerms =
        (List<List<String>>)
            browser.jsAsync(
                "const [words, done] = arguments;"
                    + "fetch(document.querySelector('[data-search-index]').dataset.searchIndex)"
                    + ".then(r => r.json()).then(index => {"
                    + "  const analysis = new RedazioneCerca.Analysis(index.analysis);"
                    + "  done(words.map(w => analysis.terms(w)));"
                    + "});",
                ItalianWords.ANALYSIS_TABLE);

    for (int i = 0; i < ItalianWords.ANALYSIS_TABLE.size(); i++) {
      String word = ItalianWords.ANALYSIS_TABLE.get(i);
      assertThat(browserTerms.get(i)).as(word).isEqualTo(StaticSearchIndex.terms(word));
    }
  }
}
