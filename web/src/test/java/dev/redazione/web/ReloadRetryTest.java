package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.testkit.TempFolders;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A reload that fails is retried until it succeeds. The content folder is a link to a release
 * folder, as an atomic deploy makes it; the link is switched to a release that does not exist yet,
 * so the reload that a change triggers fails; the release then appears, with no event anyone
 * watches, and only a retry can find it.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReloadRetryTest implements TestPropertyProvider {

  @Inject
  @Client("/")
  HttpClient client;

  private Path temp;
  private Path link;

  @Override
  public Map<String, String> getProperties() {
    try {
      temp = Files.createTempDirectory("redazione-retry-test");
      Path first = Files.createDirectories(temp.resolve("release-1"));
      Files.writeString(first.resolve("primo.md"), article("primo", "Prima versione"));
      link = Files.createSymbolicLink(temp.resolve("content"), first);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(ContentSnapshots.CONTENT_PROPERTY, link.toString());
  }

  @AfterAll
  void deleteContent() throws IOException {
    TempFolders.delete(temp);
  }

  private static String article(String slug, String title) {
    return "---\ntitle: " + title + "\nslug: " + slug + "\ndate: 2024-05-01\n---\nTesto.\n";
  }

  @Test
  void failedReloadKeepsThePreviousSnapshotAndIsRetriedUntilItSucceeds() throws IOException {
    Pages pages = new Pages(client.toBlocking());
    assertThat(pages.html("/articoli/primo").expectFirst("h1").text()).isEqualTo("Prima versione");
    Path second = temp.resolve("release-2");
    Path next = Files.createSymbolicLink(temp.resolve("content.next"), second);
    Files.move(next, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

    Files.writeString(temp.resolve("release-1/segnale.md"), article("segnale", "Segnale"));
    sleep(1500);

    assertThat(pages.html("/articoli/primo").expectFirst("h1").text()).isEqualTo("Prima versione");
    Files.createDirectories(second);
    Files.writeString(second.resolve("secondo.md"), article("secondo", "Seconda release"));
    awaitTrue(
        () -> pages.get("/articoli/secondo").getStatus().getCode() == 200,
        "the retried reload serves the new release");
    assertThat(pages.get("/articoli/primo").getStatus().getCode()).isEqualTo(404);

    Files.writeString(second.resolve("terzo.md"), article("terzo", "Dopo il ripristino"));
    awaitTrue(
        () -> pages.get("/articoli/terzo").getStatus().getCode() == 200,
        "the new release is watched");
  }

  private static void awaitTrue(BooleanSupplier condition, String what) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not within 15 s: " + what);
      }
      sleep(100);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
