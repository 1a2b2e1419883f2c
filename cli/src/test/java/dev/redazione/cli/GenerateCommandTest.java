package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @TempDir Path temp;

  private static long files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }

  @Test
  void writesTheRequestedNumberOfArticlesThatLoadCleanly() throws IOException {
    CliRun run = CliRun.of("generate", "20", "--to", temp.resolve("gen").toString());

    assertThat(run.outLines()).containsExactly("wrote 20 articles to " + temp.resolve("gen"));
    assertThat(files(temp.resolve("gen"))).isEqualTo(20);
    CliRun validate = CliRun.of("validate", "--content", temp.resolve("gen").toString());
    assertThat(validate.outLines()).last().asString().startsWith("20 articles, 0 drafts: 0 errors");
  }

  @Test
  void sameSeedWritesTheSameArticles() throws IOException {
    CliRun.of("generate", "5", "--to", temp.resolve("a").toString(), "--seed", "3");
    CliRun.of("generate", "5", "--to", temp.resolve("b").toString(), "--seed", "3");

    try (Stream<Path> files = Files.list(temp.resolve("a"))) {
      for (Path file : files.toList()) {
        assertThat(file).hasSameTextualContentAs(temp.resolve("b").resolve(file.getFileName()));
      }
    }
  }

  @Test
  void nonEmptyFolderIsRefused() throws IOException {
    Files.writeString(temp.resolve("appunti.txt"), "miei");

    CliRun run = CliRun.of("generate", "5", "--to", temp.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(files(temp)).isEqualTo(1);
  }
}
