package dev.redazione.extract;

import dev.redazione.core.Author;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.core.Provenance;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Slug;
import dev.redazione.core.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The metadata gathered from one raw text as the stages find it: the first date of each kind wins,
 * unless a later one says more precisely when it was ({@code 19 agosto 2019} after {@code date
 * 2019-08}), and a conflicting later one becomes an {@code AMBIGUOUS_DATE} warning — except that a
 * date read where dates often are not the article's (above the headline, in a copyright notice)
 * gives way to a later one read where they are; authors accumulate in byline order, an author box
 * adding its bio. Mutable; confined to one extraction.
 */
final class ArticleMetadata {

  /** A labelled date replaces an unlabelled one at most this many source lines from it. */
  static final int LABELLED_DATE_REACH = 5;

  private final String path;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<Author> bylineAuthors = new ArrayList<>();
  private final List<Author> boxAuthors = new ArrayList<>();

  /** {@link #authors()} as last computed, null when a name was added since: rules ask often. */
  private List<Author> authors;

  private final List<Tag> tags = new ArrayList<>();
  private Extracted<PublicationDate> date;
  private Extracted<PublicationDate> updated;
  private boolean weakDate;
  private boolean labelledDate;
  private Provenance bylineProvenance;
  private Provenance boxProvenance;
  private Provenance tagsProvenance;

  ArticleMetadata(String path) {
    this.path = path;
  }

  String path() {
    return path;
  }

  void offerDate(PublicationDate value, Provenance provenance) {
    if (weakDate) {
      Extracted<PublicationDate> weak = date;
      date = null;
      weakDate = false;
      date = choose(date, value, provenance, "publication date");
      if (!weak.value().equals(value)) {
        conflict(weak.value(), weak.provenance(), date, "publication date");
      }
      return;
    }
    date = choose(date, value, provenance, "publication date");
  }

  /**
   * Offers a publication date that a label names as such ({@code Pubblicato il}, {@code Data
   * pubblicazione:}): it replaces a date read without a label a few lines above it, as an article's
   * head prints its dates ({@code 9 giugno 2022 08:01} over {@code Data pubblicazione:
   * 02/06/2022}); farther away, a labelled date belongs to a teaser or a comment, and the first
   * date read stays.
   */
  void offerLabelledDate(PublicationDate value, Provenance provenance) {
    if (date != null && !labelledDate && isNear(date.provenance(), provenance)) {
      Extracted<PublicationDate> unlabelled = date;
      date = new Extracted<>(value, provenance);
      weakDate = false;
      if (!unlabelled.value().equals(value)) {
        conflict(unlabelled.value(), unlabelled.provenance(), date, "publication date");
      }
    } else {
      offerDate(value, provenance);
    }
    labelledDate = true;
  }

  private static boolean isNear(Provenance read, Provenance labelled) {
    return read.line().isPresent()
        && labelled.line().isPresent()
        && Math.abs(labelled.line().getAsInt() - read.line().getAsInt()) <= LABELLED_DATE_REACH;
  }

  /**
   * Offers a publication date read where a page may print other dates than the article's — the
   * site's date above the headline, a copyright notice: it is kept only until a date is read from a
   * place that dates the article.
   */
  void offerWeakDate(PublicationDate value, Provenance provenance) {
    if (date == null) {
      date = new Extracted<>(value, provenance);
      weakDate = true;
    } else {
      date = choose(date, value, provenance, "publication date");
    }
  }

  void offerUpdated(PublicationDate value, Provenance provenance) {
    updated = choose(updated, value, provenance, "update date");
  }

  private Extracted<PublicationDate> choose(
      Extracted<PublicationDate> current,
      PublicationDate value,
      Provenance provenance,
      String what) {
    if (current == null || value.refines(current.value())) {
      return new Extracted<>(value, provenance); // "2019-08" then "19 agosto 2019": the same date
    }
    if (!current.value().equals(value)) {
      conflict(value, provenance, current, what);
    }
    return current;
  }

  private void conflict(
      PublicationDate value, Provenance provenance, Extracted<PublicationDate> kept, String what) {
    diagnostics.add(
        Diagnostic.warning(
            path,
            provenance.lineNumber(),
            DiagnosticCode.AMBIGUOUS_DATE.code(),
            "line "
                + provenance.lineNumber()
                + " gives the "
                + what
                + " "
                + value
                + " but line "
                + kept.provenance().lineNumber()
                + " gives "
                + kept.value()
                + "; keeping line "
                + kept.provenance().lineNumber()
                + "'s"));
  }

  /**
   * Adds the names of a byline, keeping the first byline's provenance. A name an author cannot have
   * (no letter or digit a slug can be made of, as in a non-Latin script) is left out.
   */
  void addAuthors(List<String> names, Provenance provenance) {
    names = names.stream().filter(Slug::canMake).toList();
    authors = null;
    names.stream()
        .map(Author::of)
        .filter(a -> !bylineAuthors.contains(a))
        .forEach(bylineAuthors::add);
    if (bylineProvenance == null && !names.isEmpty()) {
      bylineProvenance = provenance;
    }
  }

  /** Adds the author of an author box, with the bio when the box has one. */
  void addAuthorBox(String name, String bio, Provenance provenance) {
    if (!Slug.canMake(name)) {
      return;
    }
    Author boxed = Author.of(name, bio);
    authors = null;
    if (!boxAuthors.contains(boxed)) {
      boxAuthors.add(boxed);
    }
    if (boxProvenance == null) {
      boxProvenance = provenance;
    }
  }

  /** Adds the tags of a tag line, keeping the first line's provenance. */
  void addTags(List<Tag> found, Provenance provenance) {
    found.stream().filter(t -> !tags.contains(t)).forEach(tags::add);
    if (tagsProvenance == null && !found.isEmpty()) {
      tagsProvenance = provenance;
    }
  }

  void report(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  Optional<Extracted<PublicationDate>> date() {
    return Optional.ofNullable(date);
  }

  Optional<Extracted<PublicationDate>> updated() {
    return Optional.ofNullable(updated);
  }

  /**
   * Byline authors in byline order, each with the bio of its author box; then box-only authors. A
   * newsroom or agency signature is left out when a person signs too ({@code di Anna Neri} over a
   * {@code Redazione} or {@code Associated Press} line).
   */
  List<Author> authors() {
    if (this.authors == null) {
      this.authors = joinedAuthors();
    }
    return this.authors;
  }

  private List<Author> joinedAuthors() {
    List<Author> authors = new ArrayList<>();
    for (Author author : bylineAuthors) {
      int boxed = boxAuthors.indexOf(author);
      authors.add(boxed >= 0 ? boxAuthors.get(boxed) : author);
    }
    boxAuthors.stream().filter(a -> !authors.contains(a)).forEach(authors::add);
    if (authors.stream()
        .anyMatch(a -> PersonName.isPersonName(a.name()) && !PersonName.isNewsroom(a.name()))) {
      authors.removeIf(a -> PersonName.isNewsroom(a.name()));
    }
    return List.copyOf(authors);
  }

  /** The first byline's provenance, or the author box's when there is no byline. */
  Optional<Provenance> authorsProvenance() {
    return Optional.ofNullable(bylineProvenance != null ? bylineProvenance : boxProvenance);
  }

  List<Tag> tags() {
    return List.copyOf(tags);
  }

  Optional<Provenance> tagsProvenance() {
    return Optional.ofNullable(tagsProvenance);
  }

  List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
