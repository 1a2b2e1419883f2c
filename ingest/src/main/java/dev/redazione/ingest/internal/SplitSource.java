package dev.redazione.ingest.internal;

import java.util.Objects;

/**
 * A front-matter file split into its block and its body, each with the file line it starts on.
 * Immutable.
 *
 * @param syntax the syntax of the block
 * @param frontMatter the block's text, without fences
 * @param frontMatterLine the 1-based file line of the block's first line of text
 * @param body the Markdown body
 * @param bodyLine the 1-based file line of the body's first line
 * @param closed whether the block was properly closed
 */
public record SplitSource(
    FrontMatterSyntax syntax,
    String frontMatter,
    int frontMatterLine,
    String body,
    int bodyLine,
    boolean closed) {

  /** Validates the components. */
  public SplitSource {
    Objects.requireNonNull(syntax, "syntax");
    Objects.requireNonNull(frontMatter, "frontMatter");
    Objects.requireNonNull(body, "body");
    if (frontMatterLine < 1 || bodyLine < 1) {
      throw new IllegalArgumentException(
          "lines must be at least 1: " + frontMatterLine + ", " + bodyLine);
    }
  }
}
