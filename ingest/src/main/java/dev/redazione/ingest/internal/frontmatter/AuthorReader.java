package dev.redazione.ingest.internal.frontmatter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.redazione.core.Author;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.ingest.internal.frontmatter.FrontMatterValues.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads authors given as a name, a list of names, an object with a {@code name} (and {@code bio}),
 * or a list of such objects. Mutable; confined to one read.
 */
final class AuthorReader {

  private final FrontMatterValues values;

  AuthorReader(FrontMatterValues values) {
    this.values = values;
  }

  List<Author> read(Entry entry) {
    List<Author> authors = new ArrayList<>();
    JsonNode value = entry.value();
    if (value.isArray()) {
      value.forEach(item -> add(entry, item, authors));
    } else {
      add(entry, value, authors);
    }
    return authors;
  }

  private void add(Entry entry, JsonNode item, List<Author> authors) {
    Optional<String> name =
        item.isObject()
            ? FrontMatterValues.member(item, FrontMatterKeys.NAME)
            : FrontMatterValues.scalarText(item);
    Optional<String> bio =
        item.isObject() ? FrontMatterValues.member(item, FrontMatterKeys.BIO) : Optional.empty();
    if (name.isEmpty()) {
      values
          .log()
          .warning(
              entry.line(),
              DiagnosticCode.WRONG_TYPE.code(),
              "an author in `"
                  + entry.key()
                  + "` is "
                  + JsonKinds.describe(item)
                  + " without a name; expected a name or an object with `name`; it was ignored");
      return;
    }
    try {
      authors.add(Author.of(name.get(), bio.orElse(null)));
    } catch (IllegalArgumentException e) {
      values
          .log()
          .warning(
              entry.line(),
              DiagnosticCode.INVALID_NAME.code(),
              "the author `" + name.get() + "` has no letter or digit; it was ignored");
    }
  }
}
