package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.testkit.ArticleTexts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild killed part-way, as by a signal or a power cut, leaves the previous build as it was:
 * the build runs in its own JVM, which is killed with SIGKILL once its progress passes 30%.
 */
class BuildKilledIT {

  private static final Pattern PAST_THIRTY = Pattern.compile("\\((3\\d|[4-9]\\d)%\\)");

  @TempDir Path temp;

  @Test
  void rebuildKilledAtAThirdLeavesThePreviousBuildByteIdentical() throws Exception {
    Path content = temp.resolve("content");
    Path out = temp.resolve("site");
    assertThat(CliRun.of("generate", "100", "--to", content.toString(), "--seed", "3").exitCode())
        .isEqualTo(ExitCode.OK);
    CliRun first = CliRun.of("build", "--content", content.toString(), "--out", out.toString());
    assertThat(first.exitCode()).as(first.toString()).isEqualTo(ExitCode.OK);
    Map<String, String> before = digests(out);
    Files.writeString(
        content.resolve("nuovo.md"),
        ArticleTexts.dated("Un articolo nuovo", "2025-02-01", "Comune", 2));

    Process rebuild =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Redazione.class.getName(),
                "build",
                "--content",
                content.toString(),
                "--out",
                out.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String lastLine = killPastAThird(rebuild);

    assertThat(lastLine).as("the build was killed part-way").matches(".*\\((3\\d|[4-9]\\d)%\\)");
    assertThat(digests(out)).isEqualTo(before);
  }

  /** Reads the progress lines until one is past 30%, then kills the process; that line. */
  private static String killPastAThird(Process process) throws IOException, InterruptedException {
    try (BufferedReader err =
        new BufferedReader(
            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = err.readLine()) != null) {
        if (PAST_THIRTY.matcher(line).find()) {
          process.destroyForcibly();
          assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
          return line;
        }
      }
    }
    process.waitFor(30, TimeUnit.SECONDS);
    return "the build ended with exit code " + process.exitValue() + " before 30%";
  }

  /** The SHA-256 of every file of a folder, by relative path. */
  private static Map<String, String> digests(Path folder) throws IOException {
    Map<String, String> digests = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (Path file : files) {
      digests.put(folder.relativize(file).toString(), sha256(Files.readAllBytes(file)));
    }
    assertThat(digests).containsKey("index.html").hasSizeGreaterThan(100);
    return digests;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
