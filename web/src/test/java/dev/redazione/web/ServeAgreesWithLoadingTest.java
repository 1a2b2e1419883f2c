package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.Severity;
import dev.redazione.ingest.ContentLoader;
import dev.redazione.testkit.TempFolders;
import dev.redazione.testkit.TrickyFolder;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * {@code serve} over a folder of tricky files logs, and counts in {@code /health}, exactly the
 * diagnostics that loading the folder finds, as {@code validate}, {@code inspect} and {@code build}
 * report them (the CLI's side is {@code EntryPointsAgreeTest}).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeAgreesWithLoadingTest implements TestPropertyProvider {

  @Inject
  @Client("/")
  HttpClient client;

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private Path temp;
  private Path content;

  @Override
  public Map<String, String> getProperties() {
    try {
      temp = Files.createTempDirectory("redazione-tricky-test");
      content = TrickyFolder.write(temp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The first load happens while the server starts, before any test method runs.
    Logger logger = (Logger) LoggerFactory.getLogger(ContentSnapshots.class);
    logger.setLevel(Level.WARN);
    log.start();
    logger.addAppender(log);
    return Map.of(
        ContentSnapshots.CONTENT_PROPERTY,
        content.toString(),
        ContentWatcher.ENABLED_PROPERTY,
        "false");
  }

  @AfterAll
  void cleanUp() throws Exception {
    ((Logger) LoggerFactory.getLogger(ContentSnapshots.class)).detachAppender(log);
    TempFolders.delete(temp);
  }

  private List<Diagnostic> loaded() {
    return ContentLoader.create().load(content).diagnostics();
  }

  @Test
  void theLogHasEveryWarningAndErrorOfLoading() {
    Set<String> expected =
        loaded().stream()
            .filter(d -> d.severity() != Severity.INFO)
            .map(Diagnostic::format)
            .collect(Collectors.toSet());
    Set<String> logged =
        log.list.stream()
            .map(ILoggingEvent::getFormattedMessage)
            .filter(m -> m.contains(": warning: ") || m.contains(": error: "))
            .collect(Collectors.toSet());
    assertThat(expected).anyMatch(line -> line.contains("MISSING_IMAGE"));
    assertThat(logged).isEqualTo(expected);
  }

  @Test
  void healthCountsTheDiagnosticsOfLoading() throws IOException {
    JsonNode health =
        new ObjectMapper()
            .readTree(Pages.text(new Pages(client.toBlocking()).get("/health")))
            .get("diagnostics");
    List<Diagnostic> loaded = loaded();
    assertThat(health.get("error").asLong()).isEqualTo(count(loaded, Severity.ERROR));
    assertThat(health.get("warning").asLong()).isEqualTo(count(loaded, Severity.WARNING));
    assertThat(health.get("info").asLong()).isEqualTo(count(loaded, Severity.INFO));
  }

  private static long count(List<Diagnostic> diagnostics, Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}
