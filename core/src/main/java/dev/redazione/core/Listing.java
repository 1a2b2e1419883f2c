package dev.redazione.core;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A list of articles a site shows page by page: all of them, those with a tag, category or author,
 * those dated in a year or a month, or the undated ones. Every listing is in archive order ({@link
 * Archive#NEWEST_FIRST}). Immutable and thread-safe.
 */
public sealed interface Listing {

  /** Every article. */
  static Listing all() {
    return All.INSTANCE;
  }

  /** The articles with the tag of this key. */
  static Listing tag(String key) {
    return new Tagged(key);
  }

  /** The articles in the category of this key. */
  static Listing category(String key) {
    return new InCategory(key);
  }

  /** The articles by the author of this key. */
  static Listing author(String key) {
    return new ByAuthor(key);
  }

  /** The articles dated in this year, at any precision. */
  static Listing year(int year) {
    return new InYear(year);
  }

  /** The articles dated in this month, at month precision or finer. */
  static Listing month(YearMonth month) {
    return new InMonth(month);
  }

  /** The articles without a known date. */
  static Listing undated() {
    return Undated.INSTANCE;
  }

  /** Every article. */
  enum All implements Listing {
    INSTANCE
  }

  /** The articles without a known date. */
  enum Undated implements Listing {
    INSTANCE
  }

  /**
   * The articles with a tag.
   *
   * @param key the tag's key ({@link Tag#key()})
   */
  record Tagged(String key) implements Listing {

    /** Requires the key. */
    public Tagged {
      Objects.requireNonNull(key, "key");
    }
  }

  /**
   * The articles in a category.
   *
   * @param key the category's key ({@link Category#key()})
   */
  record InCategory(String key) implements Listing {

    /** Requires the key. */
    public InCategory {
      Objects.requireNonNull(key, "key");
    }
  }

  /**
   * The articles by an author.
   *
   * @param key the author's key ({@link Author#key()})
   */
  record ByAuthor(String key) implements Listing {

    /** Requires the key. */
    public ByAuthor {
      Objects.requireNonNull(key, "key");
    }
  }

  /**
   * The articles dated in a year.
   *
   * @param year the year
   */
  record InYear(int year) implements Listing {}

  /**
   * The articles dated in a month.
   *
   * @param month the month
   */
  record InMonth(YearMonth month) implements Listing {

    /** Requires the month. */
    public InMonth {
      Objects.requireNonNull(month, "month");
    }
  }
}
