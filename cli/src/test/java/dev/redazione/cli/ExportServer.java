package dev.redazione.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.redazione.site.SecurityPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A plain static file server over an export, as a static host serves one: {@code /x} is the file
 * {@code x} or {@code x/index.html}, anything else {@code 404.html}; every answer carries the
 * security headers of the export's {@code _headers} file.
 */
final class ExportServer implements AutoCloseable {

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "json", "application/json",
          "css", "text/css; charset=utf-8",
          "xml", "application/xml",
          "svg", "image/svg+xml",
          "txt", "text/plain; charset=utf-8");

  private final Path root;
  private final HttpServer server;

  private ExportServer(Path root, HttpServer server) {
    this.root = root;
    this.server = server;
  }

  /** Serves the folder on a free port of the loopback address. */
  static ExportServer serve(Path folder) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExportServer files = new ExportServer(folder.toAbsolutePath().normalize(), server);
    server.createContext("/", files::answer);
    server.start();
    return files;
  }

  /** The address of a site path, such as {@code /cerca?q=accordo}. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path =
          URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
      Path file = root.resolve(path.substring(1)).normalize();
      int status = 200;
      if (file.startsWith(root) && Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        file = root.resolve("404.html");
        status = 404;
      }
      String name = file.getFileName().toString();
      String type =
          TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
      SecurityPolicy.HEADERS.forEach(
          (header, value) -> exchange.getResponseHeaders().add(header, value));
      exchange.getResponseHeaders().add("Content-Type", type);
      byte[] body = Files.readAllBytes(file);
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
