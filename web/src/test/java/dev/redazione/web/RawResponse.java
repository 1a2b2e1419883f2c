package dev.redazione.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;

/**
 * One HTTP/1.1 response as read from a socket: status, headers by lowercase name, body.
 *
 * @param status the status code
 * @param headers the header values by lowercase name (the last one of repeated names)
 * @param body the body as text
 */
record RawResponse(int status, Map<String, String> headers, String body) {

  /** Parses the first response of raw bytes. */
  static RawResponse parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.1 ") || end < 0) {
      throw new AssertionError("not an HTTP/1.1 response: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    return new RawResponse(
        Integer.parseInt(lines[0].substring(9, 12)), headers, text.substring(end + 4));
  }

  /** Checks that every one of the {@link SecurityHeaders} has its value. */
  void assertSecurityHeaders(String what) {
    SoftAssertions softly = new SoftAssertions();
    SecurityHeaders.ALL.forEach(
        (name, value) ->
            softly
                .assertThat(headers.get(name.toLowerCase(Locale.ROOT)))
                .as(what + ": " + name)
                .isEqualTo(value));
    softly.assertAll();
  }
}
