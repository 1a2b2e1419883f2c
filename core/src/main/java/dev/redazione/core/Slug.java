package dev.redazione.core;

import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A URL-safe identifier for an article: lowercase ASCII letters, digits and single dashes.
 *
 * <p>{@link #of(String)} turns any text into a slug: Italian accents are transliterated ({@code à →
 * a}), apostrophes and elisions become a dash ({@code dell’IA → dell-ia}), other punctuation and
 * emoji are dropped, and the result is cut at a word boundary to at most {@value #MAX_LENGTH}
 * characters. No slug is longer than {@value #MAX_STORED_LENGTH} characters, numeric suffixes
 * included, so a slug used as a file or folder name ({@code slug.html}, {@code slug/index.html})
 * stays far below the 255-byte limit of file systems. Instances are immutable and thread-safe.
 *
 * @param value the slug text, already in canonical form
 */
public record Slug(String value) implements Comparable<Slug> {

  /** The longest slug {@link #of(String)} produces. */
  public static final int MAX_LENGTH = 80;

  /** The longest slug, with a numeric suffix or given as is. */
  public static final int MAX_STORED_LENGTH = 2 * MAX_LENGTH;

  private static final Pattern CANONICAL = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  /**
   * Validates a slug that is already canonical.
   *
   * @throws IllegalArgumentException if {@code value} is not lowercase ASCII words joined by dashes
   */
  public Slug {
    Objects.requireNonNull(value, "value");
    if (value.length() > MAX_STORED_LENGTH || !CANONICAL.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "slug `"
              + value
              + "` is not canonical; expected lowercase letters and digits joined by single dashes");
    }
  }

  /**
   * Makes a slug from free text such as a title.
   *
   * @param text any text
   * @return the slug
   * @throws IllegalArgumentException if the text has no letter or digit to build a slug from
   */
  public static Slug of(String text) {
    String slug = normalize(text);
    if (slug.isEmpty()) {
      throw new IllegalArgumentException(
          "cannot make a slug from `" + text + "`: it has no letter or digit");
    }
    return new Slug(truncateAtWord(slug, MAX_LENGTH));
  }

  /** Returns whether {@link #of(String)} would accept the text. */
  public static boolean canMake(String text) {
    return !normalize(text).isEmpty();
  }

  /**
   * Returns this slug with a numeric suffix, used to make colliding slugs unique ({@code nome-2});
   * a slug too long to take the suffix is cut first.
   *
   * @param number the suffix, at least 2
   */
  public Slug withSuffix(int number) {
    if (number < 2) {
      throw new IllegalArgumentException("slug suffix must be at least 2, was " + number);
    }
    String suffix = "-" + number;
    return new Slug(truncateAtWord(value, MAX_STORED_LENGTH - suffix.length()) + suffix);
  }

  static String normalize(String text) {
    Objects.requireNonNull(text, "text");
    return dashed(isAscii(text) ? text : foldToAscii(text));
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Accents and compatibility forms folded away, lowercase, ligatures spelled out. */
  private static String foldToAscii(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String folded =
        COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(java.util.Locale.ROOT);
    return folded.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o");
  }

  /**
   * The ASCII letters (lowercased) and digits of the text, each run of other characters one dash
   * between them.
   */
  private static String dashed(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9') {
        if (gap && out.length() > 0) {
          out.append('-');
        }
        gap = false;
        out.append(lower);
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  /** The slug-shaped text cut to at most {@code max} characters, at a dash when it has one. */
  static String truncateAtWord(String slug, int max) {
    if (slug.length() <= max) {
      return slug;
    }
    int cut = slug.lastIndexOf('-', max);
    return cut > 0 ? slug.substring(0, cut) : slug.substring(0, max);
  }

  @Override
  public int compareTo(Slug other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
