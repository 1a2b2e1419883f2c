package dev.redazione.web;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * The request headers that decide how a page or image is answered: conditional validators and
 * accepted encodings. Each is {@code null} when the request does not carry it.
 *
 * @param ifNoneMatch the {@code If-None-Match} header
 * @param ifModifiedSince the {@code If-Modified-Since} header
 * @param acceptEncoding the {@code Accept-Encoding} header
 */
record RequestConditions(String ifNoneMatch, String ifModifiedSince, String acceptEncoding) {

  /** A request with none of these headers. */
  static final RequestConditions NONE = new RequestConditions(null, null, null);

  /**
   * Whether the client's copy of a resource is current, so that a 304 answers: one of its {@code
   * If-None-Match} tags (weak or strong, or {@code *}) is one of the resource's; without that
   * header, the resource has not changed since {@code If-Modified-Since}.
   *
   * @param lastModified when the resource changed, to the second
   * @param etags the resource's entity tags, quoted
   */
  boolean isCurrent(Instant lastModified, String... etags) {
    if (ifNoneMatch != null) {
      for (String candidate : ifNoneMatch.split(",")) {
        String tag = candidate.strip();
        if (tag.startsWith("W/")) {
          tag = tag.substring(2);
        }
        if (tag.equals("*") || Arrays.asList(etags).contains(tag)) {
          return true;
        }
      }
      return false;
    }
    if (ifModifiedSince == null) {
      return false;
    }
    try {
      ZonedDateTime since =
          ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME);
      return !lastModified.isAfter(since.toInstant());
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
