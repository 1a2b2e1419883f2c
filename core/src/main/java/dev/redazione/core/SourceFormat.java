package dev.redazione.core;

/** The format of an article's file, detected from its content (never from its name). */
public enum SourceFormat {
  /** Markdown with a YAML, TOML or JSON front-matter block. */
  FRONT_MATTER_MARKDOWN,
  /** Raw text pasted from a web page, without front matter. */
  RAW_TEXT,
  /** A saved HTML page: an HTML document, read for its metadata and main content. */
  HTML_PAGE
}
