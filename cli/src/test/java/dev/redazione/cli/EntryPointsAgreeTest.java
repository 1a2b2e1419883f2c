package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.Severity;
import dev.redazione.ingest.ContentLoader;
import dev.redazione.testkit.TrickyFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate}, {@code inspect} and {@code build} report, for one folder of tricky files,
 * exactly the diagnostics that loading the folder finds (the server's side is {@code
 * ServeAgreesWithLoadingTest} in the web module): the editorial checks run inside loading, not in
 * the commands.
 */
class EntryPointsAgreeTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path temp;
  private Path content;
  private List<Diagnostic> loaded;

  @BeforeEach
  void writeFolder() throws IOException {
    content = TrickyFolder.write(temp);
    loaded = ContentLoader.create().load(content).diagnostics();
  }

  private Set<String> loaded(String path) {
    return loaded.stream()
        .filter(d -> path == null || d.path().equals(path))
        .map(Diagnostic::format)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theFolderRaisesEveryKindOfQuestion() {
    assertThat(loaded.stream().map(Diagnostic::code))
        .contains(
            "MISSING_IMAGE",
            "LEFTOVER_FURNITURE",
            "UNDATED",
            "SHORT_BODY",
            "DUPLICATE_SLUG",
            "INVALID_DATE",
            "UNSAFE_SVG",
            "DRAFT");
  }

  @Test
  void validateListsWhatLoadingFinds() throws IOException {
    CliRun run = CliRun.of("validate", "--content", content.toString(), "--format", "json");
    Set<String> validated = new TreeSet<>();
    for (JsonNode d : JSON.readTree(run.out()).get("diagnostics")) {
      String path = content.relativize(Path.of(d.get("path").asText())).toString();
      validated.add(
          new Diagnostic(
                  path,
                  d.get("line").asInt(),
                  severity(d.get("severity").asText()),
                  d.get("code").asText(),
                  d.get("message").asText())
              .format());
    }
    assertThat(validated).as(run.toString()).isEqualTo(loaded(null));
  }

  @Test
  void inspectShowsWhatLoadingFindsForEachFile() throws IOException {
    for (String file : TrickyFolder.ARTICLE_FILES) {
      CliRun run =
          CliRun.of(
              "inspect",
              content.resolve(file).toString(),
              "--content",
              content.toString(),
              "--json");
      Set<String> inspected = new TreeSet<>();
      for (JsonNode d : JSON.readTree(run.out()).get("diagnostics")) {
        inspected.add(
            new Diagnostic(
                    file,
                    d.get("line").isNull() ? 0 : d.get("line").asInt(),
                    Severity.valueOf(d.get("severity").asText()),
                    d.get("code").asText(),
                    d.get("message").asText())
                .format());
      }
      assertThat(inspected).as(file).isEqualTo(loaded(file));
    }
  }

  @Test
  void buildCountsTheErrorsAndPublishesOnlyTheImagesValidateAccepts() throws IOException {
    Path out = temp.resolve("site");
    CliRun run =
        CliRun.of("build", "--content", content.toString(), "--out", out.toString(), "--json");
    long errors = loaded.stream().filter(d -> d.severity() == Severity.ERROR).count();
    assertThat(JSON.readTree(run.out()).get("errors").asLong())
        .as(run.toString())
        .isEqualTo(errors);

    assertThat(loaded("mappa.md")).anyMatch(d -> d.contains("MISSING_IMAGE"));
    Document bitmap = page(out, TrickyFolder.BITMAP_SLUG);
    assertThat(bitmap.select(".article__body img, .article__image img")).isEmpty();

    assertThat(loaded("buona.md")).noneMatch(d -> d.contains("MISSING_IMAGE"));
    Document good = page(out, TrickyFolder.GOOD_IMAGE_SLUG);
    assertThat(good.select(".article__body img").eachAttr("src")).contains("/immagini/foto/b.png");
  }

  private static Document page(Path out, String slug) throws IOException {
    return Jsoup.parse(out.resolve("articoli").resolve(slug).resolve("index.html").toFile());
  }

  private static Severity severity(String label) {
    for (Severity severity : Severity.values()) {
      if (severity.label().equals(label)) {
        return severity;
      }
    }
    throw new AssertionError("unknown severity " + label);
  }
}
