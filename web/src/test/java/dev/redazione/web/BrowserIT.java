package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redazione.testkit.browser.Chromium;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * End to end in Debian's headless Chromium: a reader opens the home page, follows an article link
 * and reads title and date; the pages pass axe-core without serious or critical violations.
 * Screenshots are saved under {@code target/screenshots}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT implements TestPropertyProvider {

  private static final String ARTICLE_TITLE =
      "La partnership tra OpenAI e Microsoft si espande per far progredire la ricerca sull'IA.";

  @Inject EmbeddedServer server;

  private Chromium browser;
  private WebDriver driver;

  @Override
  public Map<String, String> getProperties() {
    return ProjectContent.serverProperties();
  }

  @BeforeAll
  void startBrowser() throws IOException {
    browser = Chromium.start(1280, 1600);
    driver = browser.driver();
  }

  @AfterAll
  void stopBrowser() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  private String url(String path) {
    return server.getURI().toString() + path;
  }

  @Test
  void readerFollowsAnArticleLinkFromTheHomePage() throws IOException {
    driver.get(url("/"));
    assertThat(driver.getTitle()).isEqualTo("Ultimi articoli — Redazione");
    screenshot("home.png");
    WebElement link = driver.findElement(By.linkText(ARTICLE_TITLE));
    link.click();
    assertThat(driver.getCurrentUrl()).endsWith("/articoli/microsoft-openai");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(ARTICLE_TITLE);
    assertThat(driver.findElement(By.cssSelector(".article__meta time")).getText())
        .isEqualTo("12 febbraio 2023");
    assertThat(driver.getTitle()).startsWith("La partnership tra OpenAI e Microsoft");
    screenshot("article.png");
  }

  @Test
  void onAPhoneSearchResultsComeBeforeTheFilters() throws IOException {
    try {
      browser.width(390);
      driver.get(url("/cerca?q=microsoft"));
      long result =
          browser.number("return document.querySelector('.result').getBoundingClientRect().top");
      long facets =
          browser.number("return document.querySelector('.facets').getBoundingClientRect().top");
      assertThat(result).isLessThan(facets).isLessThan(600);
      screenshot("search-390.png");
      browser.width(1366);
      driver.get(url("/cerca?q=microsoft"));
      assertThat(
              browser.number(
                  "return document.querySelector('.facets').getBoundingClientRect().left"))
          .isLessThan(
              browser.number(
                  "return document.querySelector('.result').getBoundingClientRect().left"));
      screenshot("search-1366.png");
    } finally {
      browser.width(1280);
    }
  }

  @Test
  void onAPhoneTheHeaderIsCompactAndItsSectionsShareOneLine() throws IOException {
    try {
      browser.width(390);
      driver.get(url("/"));
      assertThat(
              browser.number(
                  "return document.querySelector('.site-header').getBoundingClientRect().height"))
          .isLessThanOrEqualTo(130);
      assertThat(
              browser.number(
                  "return new Set([...document.querySelectorAll('.site-nav li')]"
                      + ".map(li => Math.round(li.getBoundingClientRect().top))).size"))
          .isEqualTo(1);
      screenshot("home-390.png");
    } finally {
      browser.width(1280);
    }
  }

  @Test
  void at320PixelsNoPageScrollsSideways() {
    try {
      browser.width(320);
      for (String path :
          List.of("/", "/articoli/microsoft-openai", "/cerca?q=microsoft", "/archivio", "/tag")) {
        driver.get(url(path));
        assertThat(
                browser.number(
                    "return document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth"))
            .as(path)
            .isLessThanOrEqualTo(0);
      }
    } finally {
      browser.width(1280);
    }
  }

  @Test
  void cardTitlesUnderAnArticleAreNotInCapitals() {
    driver.get(url("/articoli/microsoft-openai"));
    assertThat(
            browser.js(
                "return [...document.querySelectorAll('.article__footer .card__title')]"
                    + ".map(h => getComputedStyle(h).textTransform + ' ' + h.tagName)"))
        .asList()
        .isNotEmpty()
        .allSatisfy(style -> assertThat(style).isEqualTo("none H3"));
    assertThat(
            browser.js(
                "return getComputedStyle(document.querySelector('#related-title')).textTransform"))
        .isEqualTo("uppercase");
  }

  @Test
  void bodyFiguresSpanTheTextAndTheirCaptionsAreSmall() {
    driver.get(url("/articoli/microsoft-openai"));
    browser.js(
        "document.querySelector('.prose').insertAdjacentHTML('afterbegin',"
            + " '<figure id=\"prova\"><img alt=\"\" width=\"800\" height=\"400\""
            + " src=\"data:,\"><figcaption>Didascalia</figcaption></figure>')");
    long prose =
        browser.number("return document.querySelector('.prose').getBoundingClientRect().width");
    long figure =
        browser.number("return document.querySelector('#prova').getBoundingClientRect().width");
    long left =
        browser.number(
            "return document.querySelector('#prova').getBoundingClientRect().left"
                + " - document.querySelector('.prose').getBoundingClientRect().left");
    assertThat(figure).isEqualTo(prose);
    assertThat(left).isZero();
    double caption =
        ((Number)
                browser.js(
                    "return parseFloat(getComputedStyle(document.querySelector('#prova"
                        + " figcaption')).fontSize)"))
            .doubleValue();
    double body =
        ((Number)
                browser.js(
                    "return parseFloat(getComputedStyle(document.querySelector('.prose')).fontSize)"))
            .doubleValue();
    assertThat(caption).isLessThan(body * 0.8);
  }

  @Test
  void pagesAtBothWidthsForTheRecord() throws IOException {
    try {
      for (int w : new int[] {1366, 390}) {
        browser.width(w);
        for (String page : List.of("/", "/articoli/microsoft-openai", "/archivio")) {
          driver.get(url(page));
          String name = page.equals("/") ? "home" : page.substring(page.lastIndexOf('/') + 1);
          screenshot(name + "-" + w + ".png");
        }
      }
    } finally {
      browser.width(1280);
    }
  }

  @Test
  void searchListingTermIndexAndPhonePagesHaveNoSeriousAccessibilityViolations()
      throws IOException {
    assertThat(seriousViolations("/cerca?q=microsoft")).isEmpty();
    assertThat(seriousViolations("/tag")).isEmpty();
    assertThat(seriousViolations("/tag/openai")).isEmpty();
    assertThat(seriousViolations("/archivio/2023")).isEmpty();
    try {
      browser.width(390);
      assertThat(seriousViolations("/")).isEmpty();
      assertThat(seriousViolations("/cerca?q=microsoft")).isEmpty();
      assertThat(seriousViolations("/non-esiste")).isEmpty();
    } finally {
      browser.width(1280);
    }
  }

  @Test
  void homePageHasNoSeriousAccessibilityViolations() throws IOException {
    assertThat(seriousViolations("/")).isEmpty();
  }

  @Test
  void articlePageHasNoSeriousAccessibilityViolations() throws IOException {
    assertThat(seriousViolations("/articoli/microsoft-openai")).isEmpty();
  }

  @Test
  void archiveAndNotFoundPagesHaveNoSeriousAccessibilityViolations() throws IOException {
    assertThat(seriousViolations("/archivio")).isEmpty();
    assertThat(seriousViolations("/non-esiste")).isEmpty();
  }

  /** Runs axe-core on a page and lists the serious and critical violations, as readable lines. */
  private List<String> seriousViolations(String path) throws IOException {
    driver.get(url(path));
    String axe =
        Files.readString(Path.of(System.getProperty("axe.script")), StandardCharsets.UTF_8);
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(axe);
    Object result =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)))"
                + ".catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));");
    List<String> serious = new ArrayList<>();
    for (JsonNode violation : new ObjectMapper().readTree((String) result)) {
      String impact = violation.path("impact").asText();
      if (impact.equals("serious") || impact.equals("critical")) {
        serious.add(
            path
                + ": "
                + violation.path("id").asText()
                + " ("
                + impact
                + "): "
                + violation.path("help").asText()
                + " "
                + violation.path("nodes").findValuesAsText("html"));
      }
    }
    return serious;
  }

  private void screenshot(String name) throws IOException {
    Path dir = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
    Files.createDirectories(dir);
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
