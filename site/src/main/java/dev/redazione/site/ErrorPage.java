package dev.redazione.site;

/** The error pages of the site, each with its own Italian heading and explanation. */
public enum ErrorPage {
  /** No page at that address. */
  NOT_FOUND("errors.not-found"),
  /** A request method other than GET or HEAD. */
  METHOD_NOT_ALLOWED("errors.method"),
  /** A request the server could not read. */
  BAD_REQUEST("errors.bad-request"),
  /** Something went wrong on the server. */
  SERVER_ERROR("errors.server"),
  /** The search index is still being built, just after the server started. */
  SEARCH_UNAVAILABLE("errors.search-unavailable"),
  /** The search cluster does not answer. */
  SEARCH_OFFLINE("errors.search-offline"),
  /** A request target longer than the server reads. */
  URI_TOO_LONG("errors.uri-too-long"),
  /** Request headers larger than the server reads. */
  HEADERS_TOO_LARGE("errors.headers-too-large"),
  /** A request method the server does not know. */
  NOT_IMPLEMENTED("errors.not-implemented"),
  /** The server has more requests of this kind waiting than it takes on. */
  BUSY("errors.busy");

  private final String messagePrefix;

  ErrorPage(String messagePrefix) {
    this.messagePrefix = messagePrefix;
  }

  /** The prefix of the page's keys in the message bundle. */
  public String messagePrefix() {
    return messagePrefix;
  }
}
