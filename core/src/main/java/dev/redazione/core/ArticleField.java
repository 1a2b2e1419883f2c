package dev.redazione.core;

import java.util.Locale;

/** The extracted fields of an article that carry {@link Provenance}. */
public enum ArticleField {
  SLUG,
  TITLE,
  SUBTITLE,
  DATE,
  UPDATED,
  AUTHORS,
  TAGS,
  CATEGORIES,
  IMAGE,
  SUMMARY,
  ALIASES;

  /** The field's name as used in JSON and front matter: lowercase. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
