package dev.redazione.core.search;

/**
 * Thrown by an {@link ArticleSearch} whose backend cannot answer now (a search cluster that is down
 * or unreachable); the same request may succeed later. Callers show a "try again" answer, never the
 * cause's details.
 */
public final class SearchUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * A search that cannot be answered now.
   *
   * @param message what could not be reached, for the log
   * @param cause the backend's failure
   */
  public SearchUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
