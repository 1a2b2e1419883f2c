package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * Malformed and hostile requests sent byte for byte: each gets our status code, the security
 * headers and a page without details, the server closes the connection after it, and the log holds
 * at most one short line per request, without a stack trace.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpAbuseTest implements TestPropertyProvider {

  private static final String LONG = "a".repeat(8 * 1024);

  @Inject EmbeddedServer server;

  private RawHttp raw;

  @Override
  public Map<String, String> getProperties() {
    try {
      Path content = Files.createTempDirectory("redazione-abuse-test");
      content.toFile().deleteOnExit();
      Files.createDirectories(content.resolve("foto"));
      Files.write(
          content.resolve("foto/pic.png"),
          Base64.getDecoder()
              .decode(
                  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
      Files.writeString(
          content.resolve("pagina.md"),
          "---\ntitle: Una pagina\nslug: pagina\ndate: 2024-05-06\n---\nIl testo.\n");
      return Map.of(
          ContentSnapshots.CONTENT_PROPERTY,
          content.toString(),
          ContentWatcher.ENABLED_PROPERTY,
          "false");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeEach
  void client() {
    raw = new RawHttp(server.getURI());
  }

  static Stream<Arguments> hostileRequests() {
    return Stream.of(
        request(
            "header line without a colon", "GET / HTTP/1.1\r\nHost: x\r\nBadHeader\r\n\r\n", 400),
        request("bad method token", "FOO@ / HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        request("unknown method", "FROB / HTTP/1.1\r\nHost: x\r\n\r\n", 501),
        request("8 KB request target", "GET /" + LONG + " HTTP/1.1\r\nHost: x\r\n\r\n", 414),
        request(
            "16 KB header", "GET / HTTP/1.1\r\nHost: x\r\nX-A: " + LONG + LONG + "\r\n\r\n", 431),
        request("NUL in the request line", "GET /\0 HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        request(
            "escape in the request line", "GET /tag/\u001b[31m HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        request(
            "control character in If-Modified-Since of an image",
            "GET /immagini/foto/pic.png HTTP/1.1\r\nHost: x\r\n"
                + "If-Modified-Since: Mon\u0001, 01 Jan 2001 00:00:00 GMT\r\n\r\n",
            400),
        request("HTTP/1.0 without Host", "GET / HTTP/1.0\r\n\r\n", 200),
        request("HTTP/1.1 without Host", "GET / HTTP/1.1\r\n\r\n", 400),
        request("two Host headers", "GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n", 400),
        request(
            "absurd Content-Length",
            "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n",
            400),
        request(
            "negative Content-Length",
            "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -4\r\n\r\n",
            400),
        request(
            "two different Content-Lengths",
            "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc",
            400),
        request(
            "invalid chunked encoding after a page request",
            "GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nnot a chunk\r\n",
            200),
        request(
            "invalid chunked encoding after a request Micronaut answers",
            "GET /health HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n",
            200),
        request("another major HTTP version", "GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505),
        request("no HTTP version", "GET /\r\n\r\n", 400),
        request(
            "a TLS handshake on the plain port",
            "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003\r\n\r\n",
            400));
  }

  private static Arguments request(String what, String bytes, int status) {
    return Arguments.of(what, bytes, status);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileRequests")
  void isAnsweredWithOurStatusAndHeadersThenClosed(String what, String bytes, int status) {
    RawResponse response = send(bytes);
    assertThat(response.status()).as(what).isEqualTo(status);
    response.assertSecurityHeaders(what);
    assertThat(response.headers()).as(what).containsKey("date");
    assertThat(response.body())
        .as(what)
        .doesNotContain("Exception")
        .doesNotContain("at io.")
        .doesNotContain("\"_links\"");
    if (status >= 400) {
      assertThat(response.body()).as(what).contains("<h1>");
      assertThat(response.headers().get("connection")).as(what).isEqualTo("close");
      assertThat(response.headers().get("cache-control")).as(what).isEqualTo("no-store");
    }
  }

  @Test
  void pipelinedRequestsBeforeABadOneAreAnsweredFirstInOrder() {
    byte[] answers =
        raw.sendBytes(
            ("GET /health HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /articoli/pagina HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /non-esiste HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET / HTTP/1.1\r\nHost: x\r\nBadHeader\r\n\r\n"
                    + "GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
    Matcher status =
        Pattern.compile("HTTP/1\\.1 (\\d{3}) ")
            .matcher(new String(answers, StandardCharsets.UTF_8));
    List<String> statuses = new ArrayList<>();
    while (status.find()) {
      statuses.add(status.group(1));
    }
    assertThat(statuses).containsExactly("200", "200", "404", "400");
  }

  @Test
  void aBadRequestIsLoggedInOneShortLineAtMostOnceASecond() throws InterruptedException {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    root.addAppender(log);
    int requests = 0;
    try {
      for (Arguments arguments : hostileRequests().toList()) {
        send((String) arguments.get()[1]);
        requests++;
      }
      for (int i = 0; i < 50; i++) {
        send("GET / HTTP/1.1\r\nHost: x\r\nBadHeader\r\n\r\n");
      }
      requests += 50;
      Thread.sleep(RateLimitedLog.INTERVAL.toMillis() + 100);
      send("FOO@ / HTTP/1.1\r\nHost: x\r\n\r\n");
      requests++;
    } finally {
      root.detachAppender(log);
    }

    List<ILoggingEvent> events = List.copyOf(log.list);
    assertThat(events).isNotEmpty();
    assertThat(events).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
    assertThat(events)
        .allSatisfy(e -> assertThat(e.getLoggerName()).isEqualTo(BadRequest.class.getName()));
    assertThat(events)
        .allSatisfy(
            e -> assertThat(e.getFormattedMessage()).hasSizeLessThan(160).doesNotContain("\n"));
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).getTimeStamp() - events.get(i - 1).getTimeStamp())
          .isGreaterThanOrEqualTo(RateLimitedLog.INTERVAL.toMillis() - 10);
    }
    int counted = 0;
    Pattern notLogged = Pattern.compile("\\((\\d+) more like it not logged\\)$");
    for (ILoggingEvent event : events) {
      Matcher more = notLogged.matcher(event.getFormattedMessage());
      counted += 1 + (more.find() ? Integer.parseInt(more.group(1)) : 0);
    }
    int wellFormed = 1; // the HTTP/1.0 request
    assertThat(counted).isEqualTo(requests - wellFormed);
  }

  private RawResponse send(String bytes) {
    return RawResponse.parse(raw.sendBytes(bytes.getBytes(StandardCharsets.ISO_8859_1)));
  }
}
