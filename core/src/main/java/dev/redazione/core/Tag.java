package dev.redazione.core;

/**
 * A tag on an article: a display name and the normalised key that gives it its identity.
 *
 * <p>Two tags are equal when their keys are equal, so `OpenAI`, ` openai ` and `OPENAI` are one
 * tag. The key is URL-safe. Instances are immutable and thread-safe.
 *
 * @param name the name as displayed
 * @param key the identity key
 */
public record Tag(String name, String key) {

  /** Validates that {@code key} is the key of {@code name}. */
  public Tag {
    name = TermNames.displayName("tag", name);
    if (!TermNames.key(name).equals(key)) {
      throw new IllegalArgumentException(
          "tag key `" + key + "` does not match name `" + name + "`");
    }
  }

  /** Makes a tag from its display name, computing the key. */
  public static Tag of(String name) {
    String display = TermNames.displayName("tag", name);
    return new Tag(display, TermNames.key(display));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tag other && key.equals(other.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
