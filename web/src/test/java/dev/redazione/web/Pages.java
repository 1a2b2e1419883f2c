package dev.redazione.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** GETs through the Micronaut client that return the response whatever its status. */
final class Pages {

  private final BlockingHttpClient client;

  Pages(BlockingHttpClient client) {
    this.client = client;
  }

  HttpResponse<byte[]> exchange(HttpRequest<?> request) {
    try {
      return client.exchange(request, byte[].class);
    } catch (HttpClientResponseException e) {
      @SuppressWarnings("unchecked")
      HttpResponse<byte[]> response = (HttpResponse<byte[]>) e.getResponse();
      return response;
    }
  }

  HttpResponse<byte[]> get(String path) {
    return exchange(HttpRequest.GET(path));
  }

  static String text(HttpResponse<byte[]> response) {
    return response
        .getBody(byte[].class)
        .map(b -> new String(b, StandardCharsets.UTF_8))
        .orElse("");
  }

  /** The page at a path, parsed, after checking it is a 200 HTML page. */
  Document html(String path) {
    HttpResponse<byte[]> response = get(path);
    if (response.getStatus().getCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + response.getStatus());
    }
    return Jsoup.parse(text(response), "http://localhost" + path);
  }
}
