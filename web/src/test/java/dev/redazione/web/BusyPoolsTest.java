package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.site.SecurityPolicy;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Searches, renders and image reads run on bounded pools: with each pool cut to one thread and no
 * queue, and that thread held by the test, requests needing it are answered 503 with {@code
 * Retry-After} at once, while pages already rendered are still served at once by the fast path.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BusyPoolsTest implements TestPropertyProvider {

  private static final Duration QUICK = Duration.ofSeconds(1);

  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  @Named(WorkPools.SEARCH)
  WorkPool search;

  @Inject
  @Named(WorkPools.PAGES)
  WorkPool pagesPool;

  private Pages pages;
  private CountDownLatch release;

  @Override
  public Map<String, String> getProperties() {
    return ProjectContent.serverProperties(
        "redazione.workers.search.threads", "1",
        "redazione.workers.search.queue", "0",
        "redazione.workers.pages.threads", "1",
        "redazione.workers.pages.queue", "0");
  }

  @BeforeEach
  void pages() {
    pages = new Pages(client.toBlocking());
    release = new CountDownLatch(1);
    assertThat(pages.get("/").getStatus().getCode())
        .as("rendered before a pool is held")
        .isEqualTo(200);
  }

  @AfterEach
  void releaseThePools() {
    release.countDown();
  }

  @Test
  void aFullSearchPoolAnswers503WithRetryAfterWhilePagesAreServed() throws Exception {
    CountDownLatch held = hold(search);

    HttpResponse<byte[]> page = pages.get("/cerca?q=openai");
    assertThat(page.getStatus().getCode()).isEqualTo(503);
    assertThat(page.header(HttpHeaders.RETRY_AFTER)).isEqualTo(WorkPool.RETRY_AFTER_SECONDS);
    assertThat(page.header("Content-Security-Policy"))
        .isEqualTo(SecurityPolicy.CONTENT_SECURITY_POLICY);
    assertThat(Jsoup.parse(Pages.text(page)).expectFirst("h1").text())
        .isEqualTo("Sito molto occupato");
    HttpResponse<byte[]> api = pages.get("/api/search?q=openai");
    assertThat(api.getStatus().getCode()).isEqualTo(503);
    assertThat(api.header(HttpHeaders.RETRY_AFTER)).isEqualTo(WorkPool.RETRY_AFTER_SECONDS);
    assertThat(Pages.text(api)).contains("\"error\":\"busy\"");

    assertAnsweredQuickly("/");
    assertAnsweredQuickly("/tag/openai");

    release.countDown();
    held.await();
    assertAnswersOnceThePoolIsFree("/cerca?q=openai");
  }

  @Test
  void aFullPagePoolAnswers503ForPagesNotRenderedYetOnly() throws Exception {
    CountDownLatch held = hold(pagesPool);

    HttpResponse<byte[]> notRendered = pages.get("/autori");
    assertThat(notRendered.getStatus().getCode()).isEqualTo(503);
    assertThat(notRendered.header(HttpHeaders.RETRY_AFTER)).isEqualTo(WorkPool.RETRY_AFTER_SECONDS);
    assertThat(pages.get("/immagini/foto.png").getStatus().getCode()).isEqualTo(503);
    assertAnsweredQuickly("/");
    assertThat(pages.get("/cerca?q=openai").getStatus().getCode()).isEqualTo(200);

    release.countDown();
    held.await();
    assertAnswersOnceThePoolIsFree("/autori");
  }

  /**
   * Takes the pool's only thread until the test releases it; the latch opens when it is free. The
   * thread may still be finishing the request served just before (a response is sent before its
   * task returns), so a turned-away hold is tried again for a few seconds.
   */
  private CountDownLatch hold(WorkPool pool) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (true) {
      CountDownLatch running = new CountDownLatch(1);
      CountDownLatch done = new CountDownLatch(1);
      CountDownLatch until = release;
      CompletableFuture<Boolean> held =
          pool.submit(
              () -> {
                running.countDown();
                try {
                  until.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                done.countDown();
                return true;
              },
              () -> false);
      boolean turnedAway = held.isDone() && !held.join();
      if (!turnedAway) {
        running.await();
        return done;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the pool stayed busy");
      }
      Thread.sleep(10);
    }
  }

  /**
   * The held task has counted down just before it returns, so its pool may take a moment more to
   * take work again: asks until the page answers 200, for at most a few seconds.
   */
  private void assertAnswersOnceThePoolIsFree(String path) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    int status = pages.get(path).getStatus().getCode();
    while (status == 503 && System.nanoTime() < deadline) {
      Thread.sleep(10);
      status = pages.get(path).getStatus().getCode();
    }
    assertThat(status).as(path).isEqualTo(200);
  }

  private void assertAnsweredQuickly(String path) {
    long start = System.nanoTime();
    HttpResponse<byte[]> response = pages.get(path);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(response.getStatus().getCode()).as(path).isEqualTo(200);
    assertThat(took).as(path).isLessThan(QUICK);
  }
}
