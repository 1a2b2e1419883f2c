package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the site of 1,000 generated articles and checks every internal link and asset of it. */
class BuildGeneratedIT {

  private static final int ARTICLES = 1_000;

  @TempDir Path temp;

  @Test
  void thousandGeneratedArticlesExportWithoutBrokenLinks() throws IOException {
    Path content = temp.resolve("content");
    Path out = temp.resolve("site");
    CliRun generate =
        CliRun.of(
            "generate", Integer.toString(ARTICLES), "--to", content.toString(), "--seed", "7");
    assertThat(generate.exitCode()).as(generate.toString()).isEqualTo(ExitCode.OK);

    CliRun build = CliRun.of("build", "--content", content.toString(), "--out", out.toString());

    assertThat(build.exitCode()).as(build.toString()).isEqualTo(ExitCode.OK);
    assertThat(build.outLines()).first().asString().startsWith("built " + ARTICLES + " articles: ");
    try (Stream<Path> articles = Files.list(out.resolve("articoli"))) {
      assertThat(articles.filter(dir -> Files.isRegularFile(dir.resolve("index.html"))))
          .hasSize(ARTICLES);
    }
    LinkChecker links = new LinkChecker(out, "http://localhost:8080");
    assertThat(links.brokenLinks()).isEmpty();
    assertThat(links.checked()).isGreaterThan(50 * ARTICLES);
  }
}
