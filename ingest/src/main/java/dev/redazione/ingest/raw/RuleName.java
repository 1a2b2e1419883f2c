package dev.redazione.ingest.raw;

/**
 * The stable names of the rules that take a line out of the body, as recorded in
 * {@link dev.redazione.core.RemovedLine#rule()}. Lines taken as metadata (date, author, tags) are
 * recorded too, under the rule that read them.
 */
enum RuleName {
  AD_LABEL("ad-label"),
  AFFILIATE_OFFER("affiliate-offer"),
  PAYWALL("paywall"),
  NAVIGATION("navigation"),
  PAGE_TOOL("page-tool"),
  SOCIAL_PROMPT("social-prompt"),
  COOKIE_BANNER("cookie-banner"),
  COMMENT_PROMPT("comment-prompt"),
  COPYRIGHT("copyright"),
  DISCLAIMER("disclaimer"),
  IMAGE_CREDIT("image-credit"),
  READING_TIME("reading-time"),
  RELATIVE_DATE("relative-date"),
  SEPARATOR("separator"),
  RELATED_BLOCK("related-block"),
  AUTHOR_BOX("author-box"),
  BYLINE("byline"),
  DATELINE("dateline"),
  DATE_MARKER("date-marker"),
  TAG_LINE("tag-line"),
  KICKER("kicker"),
  REPEATED_LINE("repeated-line");

  private final String id;

  RuleName(String id) {
    this.id = id;
  }

  /** The kebab-case name recorded with each removed line. */
  String id() {
    return id;
  }
}
