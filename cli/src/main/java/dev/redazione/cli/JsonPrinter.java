package dev.redazione.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Prints maps, lists and scalar values as pretty JSON, for the {@code --json} outputs. */
final class JsonPrinter {

  private static final ObjectWriter WRITER =
      JsonMapper.builder().build().writerWithDefaultPrettyPrinter();

  private JsonPrinter() {}

  /** Prints the value as pretty JSON followed by a new line. */
  static void print(PrintWriter out, Object value) {
    try {
      out.println(WRITER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
