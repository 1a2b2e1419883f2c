package dev.redazione.ingest.internal;

import dev.redazione.core.Article;
import dev.redazione.core.ArticleField;
import dev.redazione.core.Author;
import dev.redazione.core.Category;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.core.Provenance;
import dev.redazione.core.Slug;
import dev.redazione.core.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The limits on the fields that become search terms, URL segments and file names, applied to every
 * article whatever its format: a value too long is cut at a word boundary ({@code FIELD_TOO_LONG}),
 * values beyond the most allowed are dropped ({@code TOO_MANY_TAGS}, {@code TOO_MANY_CATEGORIES},
 * {@code TOO_MANY_AUTHORS}), each warning at the field's line. Stateless and thread-safe.
 */
final class FieldLimits {

  /** The longest title, in characters; a longer one is cut and ends with {@code …}. */
  static final int MAX_TITLE_LENGTH = 200;

  /** The longest tag or category name, in characters. */
  static final int MAX_TERM_LENGTH = 60;

  /** The longest author name, in characters. */
  static final int MAX_AUTHOR_LENGTH = 80;

  /** The most tags of one article. */
  static final int MAX_TAGS = 30;

  /** The most categories of one article. */
  static final int MAX_CATEGORIES = 10;

  /** The most authors of one article. */
  static final int MAX_AUTHORS = 20;

  /** How much of a value a diagnostic quotes. */
  private static final int QUOTED_LENGTH = 60;

  private FieldLimits() {}

  /** The article with every field within its limit. */
  static Article apply(Article article, DiagnosticLog log) {
    Article.Builder limited = article.toBuilder();
    if (article.title().length() > MAX_TITLE_LENGTH) {
      String title = cut(article.title(), MAX_TITLE_LENGTH - 1) + "…";
      tooLong(
          log,
          line(article, ArticleField.TITLE),
          "the title",
          article.title(),
          MAX_TITLE_LENGTH,
          title);
      limited.title(title);
    }
    limited.tags(
        limit(
            article.tags(),
            new Kind("tag", DiagnosticCode.TOO_MANY_TAGS.code(), MAX_TERM_LENGTH, MAX_TAGS),
            Tag::name,
            (tag, name) -> Tag.of(name),
            line(article, ArticleField.TAGS),
            log));
    limited.categories(
        limit(
            article.categories(),
            new Kind(
                "category",
                DiagnosticCode.TOO_MANY_CATEGORIES.code(),
                MAX_TERM_LENGTH,
                MAX_CATEGORIES),
            Category::name,
            (category, name) -> Category.of(name),
            line(article, ArticleField.CATEGORIES),
            log));
    limited.authors(
        limit(
            article.authors(),
            new Kind(
                "author", DiagnosticCode.TOO_MANY_AUTHORS.code(), MAX_AUTHOR_LENGTH, MAX_AUTHORS),
            Author::name,
            (author, name) -> Author.of(name, author.bio().orElse(null)),
            line(article, ArticleField.AUTHORS),
            log));
    return limited.build();
  }

  /**
   * A kind of named value with its limits.
   *
   * @param name the kind, in messages
   * @param tooMany the code when there are too many
   * @param maxLength the longest name
   * @param maxCount the most values
   */
  private record Kind(String name, String tooMany, int maxLength, int maxCount) {}

  private static <T> List<T> limit(
      List<T> values,
      Kind kind,
      Function<T, String> nameOf,
      BiFunction<T, String, T> renamed,
      int line,
      DiagnosticLog log) {
    List<T> kept = new ArrayList<>();
    for (T value : values) {
      Optional<T> within = shortened(value, kind, nameOf, renamed, line, log);
      if (within.isPresent() && !kept.contains(within.get())) {
        kept.add(within.get());
      }
    }
    if (kept.size() <= kind.maxCount()) {
      return kept;
    }
    log.warning(
        line,
        kind.tooMany(),
        "the article has "
            + kept.size()
            + " "
            + plural(kind.name())
            + (line > 0 ? " (line " + line + ")" : "")
            + "; at most "
            + kind.maxCount()
            + " are kept, the rest were dropped");
    return List.copyOf(kept.subList(0, kind.maxCount()));
  }

  private static <T> Optional<T> shortened(
      T value,
      Kind kind,
      Function<T, String> nameOf,
      BiFunction<T, String, T> renamed,
      int line,
      DiagnosticLog log) {
    String name = nameOf.apply(value);
    if (name.length() <= kind.maxLength()) {
      return Optional.of(value);
    }
    String cut = cut(name, kind.maxLength());
    if (!Slug.canMake(cut)) {
      log.warning(
          line,
          DiagnosticCode.FIELD_TOO_LONG.code(),
          "the "
              + kind.name()
              + " `"
              + quoted(name)
              + "` is "
              + name.length()
              + " characters long, more than "
              + kind.maxLength()
              + ", and has no letter or digit in its first "
              + kind.maxLength()
              + "; it was dropped");
      return Optional.empty();
    }
    tooLong(log, line, "the " + kind.name(), name, kind.maxLength(), cut);
    return Optional.of(renamed.apply(value, cut));
  }

  private static void tooLong(
      DiagnosticLog log, int line, String what, String value, int max, String cut) {
    log.warning(
        line,
        DiagnosticCode.FIELD_TOO_LONG.code(),
        what
            + " `"
            + quoted(value)
            + "` is "
            + value.length()
            + " characters long, more than "
            + max
            + "; it was cut to `"
            + quoted(cut)
            + "`");
  }

  /**
   * The text cut to at most {@code max} characters: at the last space that leaves at least half of
   * it, else within the word, never inside a surrogate pair; trailing punctuation and spaces go.
   */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max;
    if (Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    int space = text.lastIndexOf(' ', end);
    if (space >= max / 2) {
      end = space;
    }
    String cut = text.substring(0, end);
    int last = cut.length();
    while (last > 0 && !Character.isLetterOrDigit(cut.codePointBefore(last))) {
      last -= Character.charCount(cut.codePointBefore(last));
    }
    return last > 0 ? cut.substring(0, last) : cut.strip();
  }

  private static String quoted(String value) {
    return value.length() <= QUOTED_LENGTH ? value : cut(value, QUOTED_LENGTH) + "…";
  }

  private static String plural(String kind) {
    return kind.equals("category") ? "categories" : kind + "s";
  }

  private static int line(Article article, ArticleField field) {
    return article.report().provenance(field).map(Provenance::lineNumber).orElse(0);
  }
}
