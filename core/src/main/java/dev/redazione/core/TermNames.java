package dev.redazione.core;

import java.util.Objects;
import java.util.regex.Pattern;

/** Normalises display names and identity keys of tags, categories and authors. */
final class TermNames {

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

  private TermNames() {}

  /** The name as displayed: trimmed, inner white space collapsed to single spaces. */
  static String displayName(String kind, String name) {
    Objects.requireNonNull(name, kind);
    String display = SPACES.matcher(name).replaceAll(" ").strip();
    if (!Slug.canMake(display)) {
      throw new IllegalArgumentException(
          kind + " `" + name + "` has no letter or digit; expected a name such as `OpenAI`");
    }
    return display;
  }

  /**
   * The identity key: case, accents, spacing and punctuation folded, URL-safe, cut at a word to at
   * most {@value Slug#MAX_LENGTH} characters, so that it is a short path segment and file name
   * however long the name.
   */
  static String key(String displayName) {
    return Slug.truncateAtWord(Slug.normalize(displayName), Slug.MAX_LENGTH);
  }
}
