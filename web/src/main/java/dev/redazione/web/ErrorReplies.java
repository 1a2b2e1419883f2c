package dev.redazione.web;

import dev.redazione.site.ErrorPage;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * The answers to requests that end in an error status, for both ways responses are sent: the site's
 * error page of that kind; under {@code /api/}, a JSON body for "not found" (404) and for the
 * server-side errors (500, 503); and, when the site cannot render its error page (no snapshot was
 * ever loaded, or the rendering fails), a static page. Never throws, so that every request gets an
 * answer. Thread-safe.
 */
@Singleton
final class ErrorReplies {

  /** The path prefix of the JSON API. */
  static final String API_PREFIX = "/api/";

  private static final byte[] FALLBACK_PAGE =
      """
      <!DOCTYPE html>
      <html lang="it">
      <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>Si è verificato un errore</title>
        <link rel="stylesheet" href="/assets/site.css">
      </head>
      <body>
      <main id="contenuto">
        <section class="message">
          <h1>Si è verificato un errore</h1>
          <p>Il sito non può mostrare questa pagina in questo momento. Riprova tra poco.</p>
          <p><a class="button" href="/">Torna alla prima pagina</a></p>
        </section>
      </main>
      </body>
      </html>
      """
          .getBytes(StandardCharsets.UTF_8);

  private static final Map<ErrorPage, byte[]> API_BODIES =
      Map.of(
          ErrorPage.NOT_FOUND,
          json("not-found", "Nessun contenuto a questo indirizzo."),
          ErrorPage.SERVER_ERROR,
          json("server-error", "Si è verificato un errore: riprova tra poco."),
          ErrorPage.BUSY,
          json("busy", "Troppe richieste in attesa: riprova tra qualche secondo."),
          ErrorPage.SEARCH_UNAVAILABLE,
          json(
              "search-unavailable",
              "L’indice di ricerca è in preparazione: riprova tra qualche secondo."),
          ErrorPage.SEARCH_OFFLINE,
          json(
              "search-offline",
              "Il servizio di ricerca non risponde: riprova tra qualche secondo."));

  private final ContentSnapshots snapshots;
  private final PageSource pages;
  private final RateLimitedLog failures =
      new RateLimitedLog(LoggerFactory.getLogger(ErrorReplies.class));

  ErrorReplies(ContentSnapshots snapshots, PageSource pages) {
    this.snapshots = snapshots;
    this.pages = pages;
  }

  private static byte[] json(String code, String message) {
    return ("{\"error\":\"" + code + "\",\"message\":\"" + message + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The answer with an error status to a request for a path.
   *
   * @param status the status code
   * @param kind the error page that explains it
   * @param conditions the request's headers that choose the encoding
   * @param path the request path, which decides between a page and JSON
   */
  Reply reply(int status, ErrorPage kind, RequestConditions conditions, String path) {
    byte[] json = path.startsWith(API_PREFIX) ? API_BODIES.get(kind) : null;
    if (json != null) {
      return new Reply(
          status, Map.of("Content-Type", "application/json", "Cache-Control", "no-store"), json);
    }
    try {
      ServedSite served = snapshots.current();
      return PageReplies.error(status, conditions, served, pages.error(served.site(), kind));
    } catch (NoSnapshotException e) {
      return fallback(status);
    } catch (RuntimeException e) {
      failures.error("The error page " + kind + " could not be rendered; sent the static one", e);
      return fallback(status);
    }
  }

  private static Reply fallback(int status) {
    return new Reply(
        status,
        Map.of("Content-Type", "text/html; charset=utf-8", "Cache-Control", "no-store"),
        FALLBACK_PAGE);
  }
}
