package dev.redazione.search;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the static export's search script in Node.js over an index: the terms it gives for texts and
 * the slugs it finds for queries. Tests using it are skipped where {@code node} is not installed
 * (the browser test of the export runs the same script in Chromium).
 */
final class BrowserScript {

  private BrowserScript() {}

  /**
   * What the script answers.
   *
   * @param terms the terms of each text
   * @param hits the slugs found for each query, best first
   */
  record Answer(List<List<String>> terms, List<List<String>> hits) {}

  static Answer run(byte[] index, List<String> texts, List<String> queries) {
    assumeTrue(nodeInstalled(), "node is not installed");
    String input =
        "{\"script\":"
            + quoted(new String(StaticSearchIndex.script(), StandardCharsets.UTF_8))
            + ",\"index\":"
            + quoted(new String(index, StandardCharsets.UTF_8))
            + ",\"texts\":"
            + array(texts)
            + ",\"queries\":"
            + array(queries)
            + "}";
    try (InputStream driver = BrowserScript.class.getResourceAsStream("/run-cerca.js")) {
      Process node =
          new ProcessBuilder(
                  "node", "-e", new String(driver.readAllBytes(), StandardCharsets.UTF_8))
              .start();
      try (OutputStream in = node.getOutputStream()) {
        in.write(input.getBytes(StandardCharsets.UTF_8));
      }
      byte[] out = node.getInputStream().readAllBytes();
      String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
        throw new AssertionError("node failed: " + err);
      }
      return parse(new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static boolean nodeInstalled() {
    try {
      Process probe = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      probe.getInputStream().readAllBytes();
      return probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String quoted(String text) {
    return Json.string(new StringBuilder(), text).toString();
  }

  private static String array(List<String> values) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      json.append(i == 0 ? "" : ",");
      Json.string(json, values.get(i));
    }
    return json.append(']').toString();
  }

  private static Answer parse(String json) throws IOException {
    return new ObjectMapper().readValue(json, Answer.class);
  }
}
