package dev.redazione.core;

/**
 * The catalogue of diagnostic codes: every code a {@link Diagnostic} may carry, with its default
 * severity and a one-line meaning. The table of codes in the content guide is checked against it by
 * a test, so the two never drift. A code used with two severities (such as {@code INVALID_DATE}, an
 * error in front matter and a warning in raw text) lists the first as its default.
 */
public enum DiagnosticCode {
  /** the file is empty or holds only blank lines. */
  EMPTY_FILE(Severity.ERROR, "the file is empty or holds only blank lines"),
  /** the file holds binary data, not text. */
  BINARY_FILE(Severity.ERROR, "the file holds binary data, not text"),
  /** the file cannot be read from disk. */
  READ_ERROR(Severity.ERROR, "the file cannot be read from disk"),
  /** the content folder itself cannot be read. */
  CONTENT_FOLDER(Severity.ERROR, "the content folder itself cannot be read"),
  /** a symbolic link that resolves outside the content folder; not read, served or exported. */
  OUTSIDE_LINK(
      Severity.WARNING,
      "a symbolic link that resolves outside the content folder; not read, served or exported"),
  /** a subfolder (or entry) that cannot be listed or read; skipped, the rest is read. */
  UNREADABLE_PATH(
      Severity.WARNING,
      "a subfolder (or entry) that cannot be listed or read; skipped, the rest is read"),
  /**
   * an SVG image that is not plain SVG (script, event handler, link or reference elsewhere, not
   * XML); not served or exported.
   */
  UNSAFE_SVG(
      Severity.WARNING,
      "an SVG image that is not plain SVG (script, event handler, link or reference elsewhere, not XML); not served or exported"),
  /** an unexpected failure while decoding or reading the file. */
  INTERNAL_ERROR(Severity.ERROR, "an unexpected failure while decoding or reading the file"),
  /** the ---/+++ block is never closed. */
  UNCLOSED_FRONT_MATTER(Severity.ERROR, "the `---`/`+++` block is never closed"),
  /** the block cannot be parsed, or is not key: value pairs. */
  INVALID_FRONT_MATTER(Severity.ERROR, "the block cannot be parsed, or is not `key: value` pairs"),
  /**
   * a front-matter date in an unknown form (error); an impossible date or marker in raw text
   * (warning).
   */
  INVALID_DATE(
      Severity.ERROR,
      "a front-matter date in an unknown form (error); an impossible date or marker in raw text (warning)"),
  /**
   * a value of the wrong type, ignored (error); a list item or author without a name, skipped
   * (warning).
   */
  WRONG_TYPE(
      Severity.ERROR,
      "a value of the wrong type, ignored (error); a list item or author without a name, skipped (warning)"),
  /**
   * the YAML front matter uses aliases (name), which are not expanded; their values are ignored.
   */
  YAML_ALIAS(
      Severity.ERROR,
      "the YAML front matter uses aliases (`*name`), which are not expanded; their values are ignored"),
  /**
   * the front-matter image uses a scheme other than a relative path or http(s), dropped (error); a
   * body link or image with a refused scheme, emptied (warning).
   */
  UNSAFE_URL(
      Severity.ERROR,
      "the front-matter image uses a scheme other than a relative path or `http(s)`, dropped (error); a body link or image with a refused scheme, emptied (warning)"),
  /** no title and no text, no possible slug, or unreadable front matter with no body. */
  NO_ARTICLE(
      Severity.ERROR,
      "no title and no text, no possible slug, or unreadable front matter with no body"),
  /** inspect: the file is not read as an article. */
  NOT_AN_ARTICLE(Severity.ERROR, "`inspect`: the file is not read as an article"),
  /** the front-matter date differs from the date in the file name. */
  DATE_MISMATCH(Severity.WARNING, "the front-matter date differs from the date in the file name"),
  /** a tag, category or author without letters or digits, ignored. */
  INVALID_NAME(Severity.WARNING, "a tag, category or author without letters or digits, ignored"),
  /** a provenance entry that is not field: ORIGIN, ignored. */
  INVALID_PROVENANCE(Severity.WARNING, "a `provenance` entry that is not `field: ORIGIN`, ignored"),
  /** the given slug has no letter or digit; the slug comes from the title. */
  INVALID_SLUG(
      Severity.WARNING, "the given slug has no letter or digit; the slug comes from the title"),
  /** the slug is already taken; a numbered slug is used. */
  DUPLICATE_SLUG(Severity.WARNING, "the slug is already taken; a numbered slug is used"),
  /** a front-matter alias that is neither an old slug nor a valid site path, ignored. */
  INVALID_ALIAS(
      Severity.WARNING,
      "a front-matter alias that is neither an old slug nor a valid site path (see Aliases), ignored"),
  /**
   * an alias that is the address of an article (its own included) or an alias of an earlier
   * article, ignored.
   */
  ALIAS_CONFLICT(
      Severity.WARNING,
      "an alias that is the address of an article (its own included) or already an alias of another article (the one whose file sorts first keeps it), ignored"),
  /** no title; first heading used, or title derived from the first sentence. */
  MISSING_TITLE(
      Severity.WARNING, "no title; first heading used, or title derived from the first sentence"),
  /**
   * raw text with no prose: every line is furniture or blank; an HTML page with no title and no
   * text.
   */
  NO_TEXT(
      Severity.WARNING,
      "raw text with no prose: every line is furniture or blank; an HTML page with no title and no text"),
  /** an HTML page that declares no article and has little text: a home, listing or search page. */
  NOT_AN_ARTICLE_PAGE(
      Severity.WARNING,
      "an HTML page that declares no article and has little text: a home, listing or search page"),
  /** a title but no body text. */
  EMPTY_BODY(Severity.WARNING, "a title but no body text"),
  /** raw text gives two different dates; the first is kept. */
  AMBIGUOUS_DATE(
      Severity.WARNING,
      "raw text gives two different dates; the first is kept, unless it may be the page's date"
          + " (above the headline, below the text, in a copyright notice, on a repeated line) and"
          + " the later one is read near the headline or in an agency dateline, or it has no label"
          + " and the later one is labelled as the publication date within five lines; a later"
          + " date that only says more precisely when the first was (a day of its month) replaces"
          + " it without a warning"),
  /**
   * raw text: the body has less than half the words of the text's longest run of prose, so rules
   * removed part of the article.
   */
  MAIN_TEXT_LOST(
      Severity.WARNING,
      "raw text: the body has less than half the words of the text's longest run of prose, so rules removed part of the article"),
  /** template code dropped (warning), or turned into a figure, video link or code block (info). */
  TEMPLATE_CODE(
      Severity.WARNING,
      "template code dropped (warning), or turned into a figure, video link or code block (info)"),
  /** disallowed parts of the body's HTML were removed. */
  UNSAFE_HTML(Severity.WARNING, "disallowed parts of the body's HTML were removed"),
  /**
   * a title, tag, category or author name is over its limit (see Limits) and was cut, or dropped.
   */
  FIELD_TOO_LONG(
      Severity.WARNING,
      "a title, tag, category or author name is over its limit (see Limits) and was cut, or dropped"),
  /** more than 30 tags; the first 30 are kept. */
  TOO_MANY_TAGS(Severity.WARNING, "more than 30 tags; the first 30 are kept"),
  /** more than 10 categories; the first 10 are kept. */
  TOO_MANY_CATEGORIES(Severity.WARNING, "more than 10 categories; the first 10 are kept"),
  /** more than 20 authors; the first 20 are kept. */
  TOO_MANY_AUTHORS(Severity.WARNING, "more than 20 authors; the first 20 are kept"),
  /**
   * the body nests quotes, lists, links, images or emphasis deeper than the limits; the deeper
   * parts are shown as text.
   */
  NESTING_TOO_DEEP(
      Severity.WARNING,
      "the body nests quotes, lists, links, images or emphasis deeper than the limits; the deeper parts are shown as text"),
  /** (check) no publication date. */
  UNDATED(Severity.WARNING, "*(check)* no publication date"),
  /** (check) fewer than 80 words. */
  SHORT_BODY(Severity.WARNING, "*(check)* fewer than 80 words"),
  /** (check) the title was derived from the first sentence; write a headline. */
  DERIVED_TITLE(
      Severity.WARNING,
      "*(check)* the title was derived from the first sentence; write a headline"),
  /** (check) the title is longer than 110 characters. */
  TITLE_TOO_LONG(Severity.WARNING, "*(check)* the title is longer than 110 characters"),
  /**
   * (check) a local image does not exist, is outside the content folder, is not an image format the
   * site publishes (.jpg, .jpeg, .png, .gif, .webp, .avif, .svg), or is refused (OUTSIDE_LINK,
   * UNSAFE_SVG); at the line of the image reference.
   */
  MISSING_IMAGE(
      Severity.WARNING,
      "*(check)* a local image does not exist, is outside the content folder, is not an image format the site publishes (`.jpg`, `.jpeg`, `.png`, `.gif`, `.webp`, `.avif`, `.svg`), or is refused (`OUTSIDE_LINK`, `UNSAFE_SVG`); at the line of the image reference"),
  /**
   * (check) a body paragraph that one of raw text's own line rules (the table above) recognises as
   * page furniture.
   */
  LEFTOVER_FURNITURE(
      Severity.WARNING,
      "*(check)* a body paragraph that one of raw text's own line rules (the table above) recognises as page furniture"),
  /**
   * not a regular file: a FIFO, socket or device (never opened), a link to a folder or to nothing.
   */
  SKIPPED_FILE(
      Severity.INFO,
      "not a regular file: a FIFO, socket or device (never opened), a link to a folder or to nothing"),
  /** not valid UTF-8; read as Windows-1252 or ISO-8859-1. */
  ENCODING_FALLBACK(Severity.INFO, "not valid UTF-8; read as Windows-1252 or ISO-8859-1"),
  /** ![alt] (url) read as an image. */
  REPAIRED_IMAGE(Severity.INFO, "`![alt] (url)` read as an image"),
  /**
   * raw text: no date marker and no dateline; an HTML page: no date in its metadata or datelines.
   */
  NO_DATE(
      Severity.INFO,
      "raw text: no date marker and no dateline; an HTML page: no date in its metadata or datelines"),
  /** the raw-text headline ends with a full stop. */
  AMBIGUOUS_TITLE(Severity.INFO, "the raw-text headline ends with a full stop"),
  /** the raw-text headline was split from the standfirst glued to it on one line. */
  GLUED_HEADLINE(
      Severity.INFO, "the raw-text headline was split from the standfirst glued to it on one line"),
  /** the standfirst may be the first paragraph of the body. */
  AMBIGUOUS_SUBTITLE(Severity.INFO, "the standfirst may be the first paragraph of the body"),
  /** archive tags mentioned in the text were added. */
  INFERRED_TAGS(Severity.INFO, "archive tags mentioned in the text were added"),
  /** draft: true or published: false; the article is not published. */
  DRAFT(Severity.INFO, "`draft: true` or `published: false`; the article is not published");

  private final Severity severity;
  private final String meaning;

  DiagnosticCode(Severity severity, String meaning) {
    this.severity = severity;
    this.meaning = meaning;
  }

  /** The code as diagnostics carry it, such as {@code INVALID_DATE}. */
  public String code() {
    return name();
  }

  /** The usual severity of a diagnostic with this code. */
  public Severity defaultSeverity() {
    return severity;
  }

  /** What the code means, in one line (Markdown, as in the content guide). */
  public String meaning() {
    return meaning;
  }
}
