package dev.redazione.core;

/**
 * Where the value of an extracted field came from, so a maintainer can see why it has its value.
 */
public enum Origin {
  /** A key of the front-matter block. */
  FRONT_MATTER,
  /** The file's name, as in Jekyll's {@code 2021-05-14-slug.md}. */
  FILENAME,
  /** The first line of a raw text that reads as a headline. */
  FIRST_LINE,
  /** A short standalone line read as a heading or standfirst. */
  HEADING_LINE,
  /** An inline marker such as {@code date 2025-01}. */
  INLINE_DATE_MARKER,
  /** A date written in the text, such as {@code Pubblicato il 12/02/2023}. */
  DATELINE,
  /** A byline such as {@code di Mario Rossi}. */
  BYLINE,
  /** The author box a news site appends: a name line then a biography. */
  AUTHOR_BOX,
  /** A trailing {@code Tag: a, b, c} line. */
  TAG_LINE,
  /** The JSON-LD structured data of a saved HTML page, such as a {@code NewsArticle}'s headline. */
  HTML_JSON_LD,
  /**
   * A {@code <meta>} tag of a saved HTML page: OpenGraph, {@code article:*}, Dublin Core and other
   * common names.
   */
  HTML_META,
  /** A visible element of a saved HTML page: {@code <h1>}, {@code <title>} or {@code <time>}. */
  HTML_ELEMENT,
  /** Computed from other content, such as a title made from the first sentence. */
  DERIVED,
  /** Guessed from the text, such as archive tags the text mentions. */
  INFERRED,
  /** A default value, when nothing else gave one. */
  DEFAULT
}
