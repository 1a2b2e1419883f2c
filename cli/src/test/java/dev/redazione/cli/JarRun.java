package dev.redazione.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The packaged {@code redazione-cli.jar} run as its own process, with its {@code lib/} folder as
 * the launcher runs it, its standard and error output read as lines while it runs.
 */
final class JarRun {

  private static final Duration WAIT = Duration.ofSeconds(90);

  private final Process process;
  private final List<String> lines = new CopyOnWriteArrayList<>();

  private JarRun(Process process) {
    this.process = process;
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  lines.add(line);
                }
              } catch (IOException e) {
                lines.add("(reading the output failed: " + e + ")");
              }
            },
            "jar-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code java -jar target/redazione-cli.jar args…}, standard error merged in. */
  static JarRun start(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(Path.of("target", "redazione-cli.jar").toString());
    command.addAll(List.of(args));
    try {
      return new JarRun(new ProcessBuilder(command).redirectErrorStream(true).start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Process process() {
    return process;
  }

  /** The lines printed so far. */
  List<String> lines() {
    return List.copyOf(lines);
  }

  /** The first line that matches, waiting for it. */
  String awaitLine(Predicate<String> matching) throws InterruptedException {
    return awaitLine(matching, 0);
  }

  /**
   * The line that matches after {@code skip} earlier matches, waiting for it.
   *
   * @throws AssertionError when it is not printed in time, with the output so far
   */
  String awaitLine(Predicate<String> matching, int skip) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      List<String> found = lines().stream().filter(matching).toList();
      if (found.size() > skip) {
        return found.get(skip);
      }
      if (!process.isAlive() && found.size() <= skip) {
        Thread.sleep(200);
        found = lines().stream().filter(matching).toList();
        if (found.size() > skip) {
          return found.get(skip);
        }
        throw new AssertionError(
            "the process ended without the line:\n" + String.join("\n", lines));
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no such line in time:\n" + String.join("\n", lines));
  }
}
