package dev.redazione.core;

/**
 * A category (section) of the site: a display name and the normalised key that gives it its
 * identity.
 *
 * <p>Two categories are equal when their keys are equal, so `Intelligenza Artificiale` and
 * `intelligenza artificiale` are one category. The key is URL-safe. Instances are immutable and
 * thread-safe.
 *
 * @param name the name as displayed
 * @param key the identity key
 */
public record Category(String name, String key) {

  /** Validates that {@code key} is the key of {@code name}. */
  public Category {
    name = TermNames.displayName("category", name);
    if (!TermNames.key(name).equals(key)) {
      throw new IllegalArgumentException(
          "category key `" + key + "` does not match name `" + name + "`");
    }
  }

  /** Makes a category from its display name, computing the key. */
  public static Category of(String name) {
    String display = TermNames.displayName("category", name);
    return new Category(display, TermNames.key(display));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Category other && key.equals(other.key);
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
