package dev.redazione.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The lines of an article's file, read on first use, to point a check's diagnostic at the line
 * where a text appears. An unreadable file has no lines, so its diagnostics concern the whole file.
 */
final class SourceLines {

  private final Path file;
  private List<String> lines;

  SourceLines(Path file) {
    this.file = file;
  }

  /** The 1-based line of the first line containing {@code text}, or 0 when none does. */
  int lineOf(String text) {
    String wanted = text.strip();
    if (wanted.isEmpty()) {
      return 0;
    }
    List<String> all = lines();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).replace('\u00A0', ' ').contains(wanted)) {
        return i + 1;
      }
    }
    return 0;
  }

  private List<String> lines() {
    if (lines == null) {
      try {
        lines =
            List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\\R", -1));
      } catch (IOException unreadable) {
        lines = List.of();
      }
    }
    return lines;
  }
}
