package dev.redazione.solr;

import dev.redazione.core.Author;
import dev.redazione.core.Category;
import dev.redazione.core.Tag;

/**
 * The facet values of the terms as the site shows them ({@code tag_shown}, {@code category_shown},
 * {@code author_shown}): the key, then the spelling the whole archive shows (core's rule, which the
 * indexer applies), then for an author the bio, separated by a unit separator, which no name holds.
 * Stateless.
 */
final class ShownTerms {

  private static final char SEPARATOR = '\u001f';

  private ShownTerms() {}

  static String of(Tag tag) {
    return tag.key() + SEPARATOR + tag.name();
  }

  static String of(Category category) {
    return category.key() + SEPARATOR + category.name();
  }

  static String of(Author author) {
    return author.key() + SEPARATOR + author.name() + SEPARATOR + author.bio().orElse("");
  }

  /** What every value of a key starts with. */
  static String prefix(String key) {
    return key + SEPARATOR;
  }

  static String key(String value) {
    return value.substring(0, value.indexOf(SEPARATOR));
  }

  static Tag tag(String value) {
    return new Tag(value.substring(value.indexOf(SEPARATOR) + 1), key(value));
  }

  static Category category(String value) {
    return new Category(value.substring(value.indexOf(SEPARATOR) + 1), key(value));
  }

  static Author author(String value) {
    int name = value.indexOf(SEPARATOR) + 1;
    int bio = value.indexOf(SEPARATOR, name);
    String text = value.substring(bio + 1);
    return Author.of(value.substring(name, bio), text.isEmpty() ? null : text);
  }
}
