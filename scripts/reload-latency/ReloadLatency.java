import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rewrites one article file of a running server's content folder again and again and measures, for
 * each rewrite, the time from the write to the moment the article's page shows the new text and to
 * the moment a search finds its new word. Run by scripts/reload-latency.sh.
 *
 * <p>Arguments: BASE_URL FILE EDITS. The file is written as front-matter Markdown with the slug
 * {@code articolo-che-cambia}; the pages are polled every 2 ms.
 */
public class ReloadLatency {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    Path file = Path.of(args[1]);
    int edits = Integer.parseInt(args[2]);
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    List<Double> page = new ArrayList<>();
    List<Double> search = new ArrayList<>();
    for (int edit = 1; edit <= edits; edit++) {
      String word = "marcatore" + (char) ('a' + edit % 26) + "x" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
      long start = System.nanoTime();
      Files.writeString(
          file,
          "---\ntitle: Articolo che cambia\nslug: articolo-che-cambia\ndate: 2024-01-01\n---\n"
              + "Versione " + edit + " con la parola " + word + ".\n");
      waitFor(client, base + "/articoli/articolo-che-cambia", word);
      double pageMillis = (System.nanoTime() - start) / 1e6;
      waitFor(client, base + "/cerca?q=" + word, "articolo-che-cambia");
      double searchMillis = (System.nanoTime() - start) / 1e6;
      page.add(pageMillis);
      search.add(searchMillis);
      System.out.printf("edit %2d: page live after %6.1f ms, search after %6.1f ms%n", edit, pageMillis, searchMillis);
      Thread.sleep(1500);
    }
    System.out.printf("page:   median %.1f ms, max %.1f ms%n", median(page), Collections.max(page));
    System.out.printf("search: median %.1f ms, max %.1f ms%n", median(search), Collections.max(search));
  }

  private static void waitFor(HttpClient client, String url, String text) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200 && response.body().contains(text)) {
        return;
      }
      Thread.sleep(2);
    }
    throw new IllegalStateException(url + " never showed " + text);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
