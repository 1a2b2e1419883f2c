package dev.redazione.ingest.internal;

/** The three front-matter syntaxes Hugo accepts, with the fence that opens and closes each. */
public enum FrontMatterSyntax {
  /** YAML between {@code ---} lines. */
  YAML("---"),
  /** TOML between {@code +++} lines. */
  TOML("+++"),
  /** A JSON object at the top of the file. */
  JSON("{");

  private final String fence;

  FrontMatterSyntax(String fence) {
    this.fence = fence;
  }

  /** The line (or, for JSON, the character) that opens the block. */
  public String fence() {
    return fence;
  }
}
