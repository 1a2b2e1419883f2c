package dev.redazione.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Requests sent byte for byte as written, for what the Micronaut client would normalise or decode
 * on its own: encoded dot segments, gzip bodies, unusual methods.
 */
final class RawHttp {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final URI base;

  RawHttp(URI base) {
    this.base = base;
  }

  HttpResponse<byte[]> send(String method, String rawPath, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString() + rawPath))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<byte[]> get(String rawPath, String... headers) {
    return send("GET", rawPath, headers);
  }

  /** Sends a request line that no URI class would accept, and returns the whole raw response. */
  String sendRequestLine(String requestLine) {
    return sendRaw(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
  }

  /** Writes the raw bytes of one or more requests on one connection and returns all read back. */
  String sendRaw(String requests) {
    return new String(
        sendBytes(requests.getBytes(StandardCharsets.ISO_8859_1)), StandardCharsets.UTF_8);
  }

  /**
   * Writes bytes on one connection and returns all read back until the server closes it.
   *
   * @throws UncheckedIOException also when the server has not closed the connection within 5 s
   */
  byte[] sendBytes(byte[] requests) {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(requests);
      out.flush();
      return socket.getInputStream().readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
