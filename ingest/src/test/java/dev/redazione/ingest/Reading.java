package dev.redazione.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redazione.core.Article;
import java.nio.charset.StandardCharsets;

/** Reads test inputs and shows the input when an expectation fails. */
final class Reading {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Reading() {}

  static ReadResult read(String path, String text) {
    return ArticleReader.create().read(path, text.getBytes(StandardCharsets.UTF_8));
  }

  static Article article(String path, String text) {
    ReadResult result = read(path, text);
    return result
        .article()
        .orElseThrow(
            () ->
                new AssertionError(
                    "expected an article from\n"
                        + text
                        + "\nbut got only "
                        + result.diagnostics()));
  }

  static JsonNode json(Article article) {
    try {
      return JSON.readTree(ArticleJson.write(article));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new AssertionError("bad expected JSON " + json, e);
    }
  }
}
