package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redazione.core.Article;
import dev.redazione.testkit.Seeds;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {

  private static final List<String> KEYS =
      List.of(
          "slug",
          "title",
          "subtitle",
          "date",
          "updated",
          "authors",
          "tags",
          "categories",
          "image",
          "summary",
          "headings",
          "bodyMarkdown",
          "bodyHtml",
          "wordCount",
          "readingMinutes",
          "source",
          "provenance",
          "removed",
          "diagnostics");

  private static Article seed000() {
    return ArticleReader.create().read(Seeds.folder(), Seeds.file("000")).article().orElseThrow();
  }

  @Test
  void mapHasExactlyTheCanonicalKeysInOrder() {
    assertThat(ArticleJson.toMap(seed000()).keySet()).containsExactlyElementsOf(KEYS);
  }

  @Test
  void absentValuesAreNullOrEmptyNotMissing() {
    Article bare =
        ArticleReader.create()
            .read(
                "bare.md",
                "---\ntitle: Solo titolo\n---\nTesto.\n".getBytes(StandardCharsets.UTF_8))
            .article()
            .orElseThrow();

    Map<String, Object> json = ArticleJson.toMap(bare);

    assertThat(json.keySet()).containsExactlyElementsOf(KEYS);
    assertThat(json)
        .containsEntry("subtitle", null)
        .containsEntry("date", null)
        .containsEntry("image", null)
        .containsEntry("authors", List.of())
        .containsEntry("tags", List.of())
        .containsEntry("removed", List.of());
  }

  @Test
  void writesSeedAsJsonWithNestedShapes() throws Exception {
    JsonNode json = new ObjectMapper().readTree(ArticleJson.write(seed000()));

    assertThat(json.get("date").asText()).isEqualTo("2023-02-12");
    assertThat(json.get("image").get("src").asText())
        .isEqualTo("../../images/openai-msft-twitter_7-21b.jpg");
    assertThat(json.get("image").has("caption")).isTrue();
    assertThat(json.get("source").get("format").asText()).isEqualTo("FRONT_MATTER_MARKDOWN");
    assertThat(json.get("provenance").get("title").asText()).isEqualTo("FRONT_MATTER");
    assertThat(json.get("tags")).hasSize(17);
    assertThat(json.get("diagnostics").get(0).get("severity").asText()).isEqualTo("INFO");
    assertThat(json.get("diagnostics").get(0).get("line").asInt()).isEqualTo(18);
  }

  @Test
  void compactOutputHasNoLineBreaks() {
    assertThat(ArticleJson.write(seed000(), false)).doesNotContain("\n  ");
  }
}
