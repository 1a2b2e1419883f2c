package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redazione.ingest.ContentLoader;
import dev.redazione.ingest.ImageCatalog;
import dev.redazione.search.LuceneSearchFactory;
import dev.redazione.site.Site;
import dev.redazione.site.SiteRenderer;
import dev.redazione.site.SiteSettings;
import dev.redazione.testkit.ArticleTexts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticExportTest {

  @TempDir Path temp;

  @Test
  void buildFailingPartWayLeavesThePreviousOutputByteIdentical() throws IOException {
    ContentFolder content = new ContentFolder(temp.resolve("content"));
    for (int i = 1; i <= 12; i++) {
      content.with(
          "a" + i + ".md",
          ArticleTexts.dated("Articolo numero " + i, "2024-03-" + (10 + i), "Comune", 2));
    }
    Path out = temp.resolve("site");
    assertThat(CliRun.of("build", "--content", content.arg(), "--out", out.toString()).exitCode())
        .isEqualTo(ExitCode.OK);
    Map<String, byte[]> before = files(out);
    content.with("a13.md", ArticleTexts.dated("Un articolo in più", "2024-04-01", "Comune", 2));
    Site site =
        SiteRenderer.create(
                SiteSettings.of(SiteSettings.DEFAULT_BASE_URL), LuceneSearchFactory.create())
            .snapshot(
                ContentLoader.create().load(content.path()).archive(),
                ImageCatalog.scan(content.path()),
                Instant.now());
    StaticExport export = new StaticExport(site, new OutputFolder(out));

    assertThatThrownBy(
            () ->
                export.write(
                    total ->
                        Progress.start(
                            new PrintWriter(new FailingAt(Pattern.compile("\\(3\\d%\\)"))),
                            Terminal.PLAIN,
                            "build",
                            total)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the disk failed");

    Map<String, byte[]> after = files(out);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    try (Stream<Path> siblings = Files.list(temp)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("content", "site");
    }
  }

  /** Every file of a folder by relative path, with its bytes. */
  private static Map<String, byte[]> files(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(folder)) {
      paths = walk.filter(Files::isRegularFile).toList();
    }
    for (Path path : paths) {
      files.put(folder.relativize(path).toString(), Files.readAllBytes(path));
    }
    assertThat(files).containsKey("index.html");
    return files;
  }

  /**
   * A writer that fails, as a full disk would, once it is asked to write a text: here the progress
   * line of the build's fourth tenth, when about a third of the files are written.
   */
  private static final class FailingAt extends Writer {

    private final Pattern text;

    FailingAt(Pattern text) {
      this.text = text;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
      if (text.matcher(new String(buffer, offset, length)).find()) {
        throw new IllegalStateException("the disk failed");
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
