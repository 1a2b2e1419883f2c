package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.testkit.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectBatchCommandTest {

  @TempDir Path temp;

  @Test
  void writesForEachFileWhatInspectJsonPrints() throws IOException {
    Path seeds = Seeds.copyTo(temp.resolve("seeds"));
    Path raw = seeds.resolve(Seeds.file("004").getFileName());
    Path other = seeds.resolve(Seeds.file("000").getFileName());

    CliRun run =
        CliRun.of(
            "inspect-batch",
            "--out",
            temp.resolve("out").toString(),
            raw.toString(),
            other.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines()).singleElement().asString().startsWith("inspected 2 files into ");
    for (Path file : new Path[] {raw, other}) {
      String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
      assertThat(Files.readString(temp.resolve("out").resolve(name + ".json")))
          .as(name)
          .isEqualTo(CliRun.of("inspect", file.toString(), "--json").out());
    }
  }

  @Test
  void fileWithoutAnArticleGetsAnEmptyObject() throws IOException {
    Path empty = Files.writeString(temp.resolve("vuoto.txt"), "\n\n");

    CliRun run =
        CliRun.of("inspect-batch", "--out", temp.resolve("out").toString(), empty.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(temp.resolve("out/vuoto.json"))).isEqualTo("{ }\n");
  }

  @Test
  void missingFileIsAUsageError() {
    CliRun run =
        CliRun.of(
            "inspect-batch",
            "--out",
            temp.resolve("out").toString(),
            temp.resolve("missing.txt").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).first().asString().endsWith("missing.txt` is not a file");
  }
}
