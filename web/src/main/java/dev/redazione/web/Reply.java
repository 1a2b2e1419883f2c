package dev.redazione.web;

import java.util.Map;
import java.util.Objects;

/**
 * What to answer a request with, independent of the HTTP stack that sends it.
 *
 * @param status the status code
 * @param headers the response headers, one value each
 * @param body the body; sent only for GET
 */
record Reply(int status, Map<String, String> headers, byte[] body) {

  Reply {
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }
}
