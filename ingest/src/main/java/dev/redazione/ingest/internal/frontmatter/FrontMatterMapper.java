package dev.redazione.ingest.internal.frontmatter;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.redazione.core.Alias;
import dev.redazione.core.ArticleField;
import dev.redazione.core.Author;
import dev.redazione.core.Category;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Tag;
import dev.redazione.ingest.internal.ArticleDraft;
import dev.redazione.ingest.internal.DiagnosticLog;
import dev.redazione.ingest.internal.SplitSource;
import dev.redazione.ingest.internal.frontmatter.FrontMatterValues.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps decoded front-matter keys onto the typed fields of an article, with every alias in {@link
 * FrontMatterKeys}, the quirks of real exports (dates without offset colon, booleans for drafts,
 * empty keys, nested image objects, HTML entities) and the date in the file name. Keys without a
 * field are kept as extra metadata. Stateless and thread-safe.
 */
public final class FrontMatterMapper {

  /** Fills {@code draft} from the decoded block {@code tree} of {@code split}. */
  public void map(ObjectNode tree, SplitSource split, ArticleDraft draft, DiagnosticLog log) {
    FrontMatterValues values = new FrontMatterValues(tree, KeyLines.of(split), log);
    mapDraftFlag(values, draft);
    values
        .first(FrontMatterKeys.TITLE)
        .ifPresent(
            e -> {
              values.consume(e);
              values.text(e).ifPresent(title -> draft.title(title, at(e)));
            });
    textField(values, FrontMatterKeys.SUBTITLE)
        .ifPresent(
            t ->
                draft
                    .builder()
                    .subtitle(t.value())
                    .provenance(ArticleField.SUBTITLE, at(t.entry())));
    textField(values, FrontMatterKeys.SUMMARY)
        .ifPresent(t -> draft.summary(t.value(), at(t.entry())));
    mapDates(values, draft);
    mapTerms(values, draft);
    new ImageMapper(values).map(draft);
    mapSlug(values, draft);
    mapAliases(values, draft);
    textField(values, FrontMatterKeys.LANGUAGE).ifPresent(t -> draft.builder().language(t.value()));
    new ProvenanceRestorer(values).restore(draft);
    draft.builder().extra(values.remaining());
  }

  private record Located(String value, Entry entry) {}

  private static Optional<Located> textField(FrontMatterValues values, List<String> aliases) {
    Optional<Entry> entry = values.first(aliases);
    entry.ifPresent(values::consume);
    return entry.flatMap(e -> values.text(e).map(text -> new Located(text, e)));
  }

  static Provenance at(Entry entry) {
    return Provenance.at(Origin.FRONT_MATTER, entry.line());
  }

  private static void mapDraftFlag(FrontMatterValues values, ArticleDraft draft) {
    values
        .first(FrontMatterKeys.DRAFT)
        .ifPresent(
            e -> {
              values.consume(e);
              booleanOf(values, e).ifPresent(draft::draft);
            });
    values
        .first(FrontMatterKeys.PUBLISHED)
        .filter(FrontMatterMapper::isBooleanLike)
        .ifPresent(
            e -> {
              values.consume(e);
              booleanOf(values, e)
                  .ifPresent(
                      published -> {
                        if (!published) {
                          draft.draft(true);
                        }
                      });
            });
  }

  private static boolean isBooleanLike(Entry entry) {
    return entry.value().isBoolean()
        || entry.value().asText().equalsIgnoreCase("true")
        || entry.value().asText().equalsIgnoreCase("false");
  }

  private static Optional<Boolean> booleanOf(FrontMatterValues values, Entry entry) {
    if (isBooleanLike(entry)) {
      return Optional.of(
          entry.value().isBoolean()
              ? entry.value().booleanValue()
              : Boolean.parseBoolean(entry.value().asText()));
    }
    values.wrongType(entry, "true or false");
    return Optional.empty();
  }

  private static void mapDates(FrontMatterValues values, ArticleDraft draft) {
    Optional<Entry> dateEntry = values.first(FrontMatterKeys.DATE);
    dateEntry.ifPresent(
        e -> {
          values.consume(e);
          date(values, e).ifPresent(date -> draft.date(date, at(e)));
        });
    values
        .first(FrontMatterKeys.UPDATED)
        .ifPresent(
            e -> {
              values.consume(e);
              date(values, e)
                  .ifPresent(
                      date ->
                          draft.builder().updated(date).provenance(ArticleField.UPDATED, at(e)));
            });
    FileNameDate.of(values.log().path())
        .ifPresent(
            fileDate -> {
              Optional<PublicationDate> given = draft.date();
              if (given.isEmpty()) {
                draft.date(fileDate, Provenance.of(Origin.FILENAME));
              } else if (!agree(given.get(), fileDate)) {
                int line = dateEntry.map(Entry::line).orElse(0);
                values
                    .log()
                    .warning(
                        line,
                        DiagnosticCode.DATE_MISMATCH.code(),
                        "the front matter date "
                            + given.get().toIso()
                            + " (line "
                            + line
                            + ") differs from the date "
                            + fileDate.toIso()
                            + " in the file name; the front matter date is used");
              }
            });
  }

  private static boolean agree(PublicationDate a, PublicationDate b) {
    String isoA = a.toIso();
    String isoB = b.toIso();
    return isoA.startsWith(isoB) || isoB.startsWith(isoA);
  }

  private static Optional<PublicationDate> date(FrontMatterValues values, Entry entry) {
    Optional<String> text = values.text(entry);
    Optional<PublicationDate> date = text.flatMap(DateValueParser::parse);
    if (text.isPresent() && date.isEmpty()) {
      values
          .log()
          .error(
              entry.line(),
              DiagnosticCode.INVALID_DATE.code(),
              "`"
                  + entry.key()
                  + "` `"
                  + text.get()
                  + "` is not a valid date (line "
                  + entry.line()
                  + "); "
                  + DateValueParser.EXPECTED);
    }
    return date;
  }

  private static void mapTerms(FrontMatterValues values, ArticleDraft draft) {
    values
        .first(FrontMatterKeys.AUTHORS)
        .ifPresent(
            e -> {
              values.consume(e);
              List<Author> authors = new AuthorReader(values).read(e);
              if (!authors.isEmpty()) {
                draft.builder().authors(authors).provenance(ArticleField.AUTHORS, at(e));
              }
            });
    values
        .first(FrontMatterKeys.TAGS)
        .ifPresent(
            e -> {
              values.consume(e);
              List<Tag> tags = terms(values, e, Tag::of);
              if (!tags.isEmpty()) {
                draft.builder().tags(tags).provenance(ArticleField.TAGS, at(e));
              }
            });
    values
        .first(FrontMatterKeys.CATEGORIES)
        .ifPresent(
            e -> {
              values.consume(e);
              List<Category> categories = terms(values, e, Category::of);
              if (!categories.isEmpty()) {
                draft.builder().categories(categories).provenance(ArticleField.CATEGORIES, at(e));
              }
            });
  }

  private static <T> List<T> terms(
      FrontMatterValues values, Entry entry, Function<String, T> factory) {
    List<T> terms = new ArrayList<>();
    for (String name : values.names(entry)) {
      try {
        terms.add(factory.apply(name));
      } catch (IllegalArgumentException e) {
        values
            .log()
            .warning(
                entry.line(),
                DiagnosticCode.INVALID_NAME.code(),
                "`"
                    + entry.key()
                    + "` has the name `"
                    + name
                    + "` without letters or digits; it was ignored");
      }
    }
    return terms;
  }

  private static void mapSlug(FrontMatterValues values, ArticleDraft draft) {
    values
        .first(FrontMatterKeys.SLUG)
        .ifPresent(
            e -> {
              values.consume(e);
              values
                  .text(e)
                  .map(FrontMatterMapper::lastSegment)
                  .ifPresent(text -> draft.slugText(text, at(e)));
            });
  }

  private static void mapAliases(FrontMatterValues values, ArticleDraft draft) {
    values
        .first(FrontMatterKeys.ALIASES)
        .ifPresent(
            e -> {
              values.consume(e);
              List<Alias> aliases = new ArrayList<>();
              for (String text : values.names(e)) {
                try {
                  aliases.add(Alias.parse(text));
                } catch (IllegalArgumentException invalid) {
                  values
                      .log()
                      .warning(
                          e.line(),
                          DiagnosticCode.INVALID_ALIAS.code(),
                          "`"
                              + e.key()
                              + "` (line "
                              + e.line()
                              + "): "
                              + invalid.getMessage()
                              + "; it is ignored");
                }
              }
              if (!aliases.isEmpty()) {
                draft.builder().aliases(aliases).provenance(ArticleField.ALIASES, at(e));
              }
            });
  }

  private static String lastSegment(String pathOrUrl) {
    String[] segments = pathOrUrl.split("/");
    for (int i = segments.length - 1; i >= 0; i--) {
      if (!segments[i].isBlank()) {
        return segments[i].replaceFirst("\\.(html?|md|markdown)$", "");
      }
    }
    return pathOrUrl;
  }
}
