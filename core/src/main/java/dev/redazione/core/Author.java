package dev.redazione.core;

import java.util.Objects;
import java.util.Optional;

/**
 * An author of articles: a display name, the normalised key that gives the author an identity, and
 * an optional short biography.
 *
 * <p>Authors are equal when their keys are equal: {@code Claudio Garau} and {@code claudio garau}
 * are one author. Instances are immutable and thread-safe.
 */
public final class Author {

  private final String name;
  private final String key;
  private final String bio;

  private Author(String name, String bio) {
    this.name = TermNames.displayName("author", name);
    this.key = TermNames.key(this.name);
    this.bio = bio == null || bio.isBlank() ? null : bio.strip();
  }

  /** An author without a biography. */
  public static Author of(String name) {
    return new Author(name, null);
  }

  /**
   * An author with a biography.
   *
   * @param bio the biography, or {@code null} or blank when there is none
   */
  public static Author of(String name, String bio) {
    return new Author(name, bio);
  }

  /** The name as displayed. */
  public String name() {
    return name;
  }

  /** The identity key, URL-safe. */
  public String key() {
    return key;
  }

  /** The short biography, when known. */
  public Optional<String> bio() {
    return Optional.ofNullable(bio);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Author other && key.equals(other.key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key);
  }

  @Override
  public String toString() {
    return name;
  }
}
