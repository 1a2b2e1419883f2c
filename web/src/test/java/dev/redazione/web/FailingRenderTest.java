package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.site.ErrorPage;
import dev.redazione.site.RenderedPage;
import dev.redazione.site.SecurityPolicy;
import dev.redazione.site.Site;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rendering that throws, on the fast path and in the controllers, still gets an answer: the site's
 * 500 page, JSON under {@code /api/}, and a static page when the error page fails too; always with
 * the security headers.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FailingRenderTest implements TestPropertyProvider {

  private static final String FAILING = "test.failing-pages";

  /** Pages whose lookup among the rendered pages, on the fast path, throws. */
  private static final String FAST_PATH_FAILURE = "/archivio";

  /** Pages whose rendering, in the page controller, throws. */
  private static final String CONTROLLER_FAILURE = "/autori";

  private static final String FAST_PATH_API_FAILURE = "/api/articles/";
  private static final String CONTROLLER_API_FAILURE = "/api/articles?";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject FailingPages failing;

  private Pages pages;

  @Override
  public Map<String, String> getProperties() {
    return ProjectContent.serverProperties(FAILING, "true");
  }

  @BeforeEach
  void pages() {
    pages = new Pages(client.toBlocking());
  }

  @AfterEach
  void errorPagesRenderAgain() {
    failing.errorPages.set(false);
  }

  @ParameterizedTest
  @ValueSource(strings = {FAST_PATH_FAILURE, CONTROLLER_FAILURE + "?pagina=1"})
  void aFailingPageIsTheSitesServerErrorPage(String path) {
    HttpResponse<byte[]> response = pages.get(path);
    assertServerError(response, path);
    Document page = Jsoup.parse(Pages.text(response));
    assertThat(page.expectFirst("h1").text()).isEqualTo("Si è verificato un errore");
    assertThat(page.select("header form[action=/cerca]")).as("the site's own layout").hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {FAST_PATH_API_FAILURE + "qualcosa", CONTROLLER_API_FAILURE + "pagina=1"})
  void aFailingApiRouteIsJson(String path) {
    HttpResponse<byte[]> response = pages.get(path);
    assertServerError(response, path);
    assertThat(response.header(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/json");
    assertThat(Pages.text(response)).contains("\"error\":\"server-error\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {FAST_PATH_FAILURE, CONTROLLER_FAILURE})
  void whenTheErrorPageFailsTooAStaticPageAnswers(String path) {
    failing.errorPages.set(true);
    HttpResponse<byte[]> response = pages.get(path);
    assertServerError(response, path);
    Document page = Jsoup.parse(Pages.text(response));
    assertThat(page.expectFirst("h1").text()).isEqualTo("Si è verificato un errore");
    assertThat(page.expectFirst("main").text()).contains("Riprova tra poco");
    assertThat(page.select("header form")).as("not the site's layout").isEmpty();
  }

  @Test
  void aMissingPageWhoseErrorPageFailsKeepsItsStatus() {
    failing.errorPages.set(true);
    HttpResponse<byte[]> response = pages.get("/articoli/non-esiste");
    assertThat(response.getStatus().getCode()).isEqualTo(404);
    assertThat(response.header("Content-Security-Policy"))
        .isEqualTo(SecurityPolicy.CONTENT_SECURITY_POLICY);
    assertThat(Pages.text(response)).contains("<h1>Si è verificato un errore</h1>");
  }

  @Test
  void otherPagesAreStillServed() {
    assertThat(pages.get("/").getStatus().getCode()).isEqualTo(200);
    assertThat(pages.get(SeedSiteTest.SEED_000).getStatus().getCode()).isEqualTo(200);
  }

  private static void assertServerError(HttpResponse<byte[]> response, String path) {
    assertThat(response.getStatus().getCode()).as(path).isEqualTo(500);
    SecurityHeaders.ALL.forEach(
        (name, value) -> assertThat(response.header(name)).as(path + " " + name).isEqualTo(value));
    assertThat(response.header(HttpHeaders.CACHE_CONTROL)).as(path).isEqualTo("no-store");
    assertThat(Pages.text(response)).as(path).doesNotContain("Exception").doesNotContain("at dev.");
  }

  /**
   * A page source whose lookups on the fast path throw for some paths, whose renders throw for
   * others, and whose error pages throw when asked.
   */
  @Singleton
  @Replaces(PageSource.class)
  @Requires(property = FAILING, value = "true")
  static class FailingPages extends PageSource {

    final AtomicBoolean errorPages = new AtomicBoolean();

    @Override
    Optional<RenderedPage> cached(Site site, String target) {
      if (target.startsWith(FAST_PATH_FAILURE) || target.startsWith(FAST_PATH_API_FAILURE)) {
        throw new IllegalStateException("test: lookup of " + target + " fails");
      }
      return super.cached(site, target);
    }

    @Override
    Optional<RenderedPage> render(Site site, String target) {
      if (target.startsWith(CONTROLLER_FAILURE) || target.startsWith(CONTROLLER_API_FAILURE)) {
        throw new IllegalStateException("test: rendering " + target + " fails");
      }
      return super.render(site, target);
    }

    @Override
    RenderedPage error(Site site, ErrorPage kind) {
      if (errorPages.get()) {
        throw new IllegalStateException("test: the error page " + kind + " fails");
      }
      return super.error(site, kind);
    }
  }
}
