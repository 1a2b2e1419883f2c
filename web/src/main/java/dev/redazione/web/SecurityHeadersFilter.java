package dev.redazione.web;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Adds the {@link SecurityHeaders} to every response Micronaut sends, except a header the response
 * already has (an SVG image's stricter policy).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter {

  /** Sets the headers. */
  @ResponseFilter
  void addHeaders(MutableHttpResponse<?> response) {
    SecurityHeaders.ALL.forEach(
        (name, value) -> {
          if (!response.getHeaders().contains(name)) {
            response.header(name, value);
          }
        });
  }
}
