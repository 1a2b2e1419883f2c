package dev.redazione.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small content folders for tests, one file at a time. */
final class ContentFolder {

  private final Path root;

  ContentFolder(Path root) {
    this.root = root;
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a file (creating its folders) and returns this folder. */
  ContentFolder with(String relativePath, String text) {
    try {
      Path file = root.resolve(relativePath);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folder, as a command-line argument. */
  String arg() {
    return root.toString();
  }

  /** The folder. */
  Path path() {
    return root;
  }
}
