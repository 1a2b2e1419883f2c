package dev.redazione.cli;

import dev.redazione.ingest.ArticleJson;
import dev.redazione.ingest.ArticleReader;
import dev.redazione.ingest.ReadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code redazione inspect-batch}: {@code inspect --json} of many files in one process, for the
 * extraction evaluation script, which would otherwise start a JVM per file.
 */
@Command(
    name = "inspect-batch",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = {
      "Writes the `inspect --json` output of each file into a folder, in one process.",
      "Each FILE is read on its own, as `inspect FILE --json` reads a file outside the content"
          + " folder, into OUT/NAME.json (NAME: the file name without its extension); a file that"
          + " gives no article gets {}. Prints how many files were read and the time per file."
    })
final class InspectBatchCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "OUT",
      required = true,
      description = "The folder to write the JSON files into.")
  private Path out;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to read.")
  private List<Path> files;

  @Override
  public Integer call() throws IOException {
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new ParameterException(spec.commandLine(), "`" + file + "` is not a file");
      }
    }
    Files.createDirectories(out);
    ArticleReader reader = ArticleReader.create();
    long nanos = 0;
    for (Path file : files) {
      Path absolute = file.toAbsolutePath();
      long start = System.nanoTime();
      ReadResult result = reader.read(absolute.getParent(), absolute);
      Map<String, Object> json = result.article().map(ArticleJson::toMap).orElse(Map.of());
      nanos += System.nanoTime() - start;
      write(out.resolve(baseName(file) + ".json"), json);
    }
    PrintWriter printer = spec.commandLine().getOut();
    printer.printf(
        "inspected %d files into %s: %.2f ms per file%n",
        files.size(), out, nanos / 1e6 / files.size());
    printer.flush();
    return ExitCode.OK;
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static void write(Path target, Object json) throws IOException {
    try (PrintWriter writer =
        new PrintWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8))) {
      JsonPrinter.print(writer, json);
    }
  }
}
