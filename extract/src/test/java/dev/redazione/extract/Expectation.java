package dev.redazione.extract;

import dev.redazione.core.Author;
import dev.redazione.core.DatePrecision;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.Origin;
import dev.redazione.core.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;

/**
 * What an editor expects from one raw text; only the parts set are checked. Failures show the input
 * text, so a failing case can be read without opening the test data.
 */
final class Expectation {

  private static final String NONE = "\u0000none";

  private String title;
  private Origin titleOrigin;
  private String subtitle;
  private String date;
  private DatePrecision precision;
  private String updated;
  private List<String> authors;
  private Origin authorsOrigin;
  private String bioStart;
  private List<String> tags;
  private List<String> headings;
  private final List<String> kept = new ArrayList<>();
  private final List<String> dropped = new ArrayList<>();
  private final Map<Integer, String> removed = new LinkedHashMap<>();
  private final List<String> codes = new ArrayList<>();
  private final List<String> absentCodes = new ArrayList<>();
  private Integer paragraphs;

  static Expectation expect() {
    return new Expectation();
  }

  Expectation title(String value) {
    this.title = value;
    this.titleOrigin = titleOrigin == null ? Origin.FIRST_LINE : titleOrigin;
    return this;
  }

  Expectation derivedTitle(String value) {
    this.title = value;
    this.titleOrigin = Origin.DERIVED;
    return code("MISSING_TITLE");
  }

  /** A headline split from the standfirst glued to it on its line: derived from that line. */
  Expectation splitTitle(String value) {
    this.title = value;
    this.titleOrigin = Origin.DERIVED;
    return code("GLUED_HEADLINE");
  }

  Expectation noTitle() {
    this.title = NONE;
    return this;
  }

  Expectation subtitle(String value) {
    this.subtitle = value;
    return this;
  }

  Expectation noSubtitle() {
    return subtitle(NONE);
  }

  Expectation date(String iso, DatePrecision value) {
    this.date = iso;
    this.precision = value;
    return this;
  }

  Expectation noDate() {
    this.date = NONE;
    return code("NO_DATE");
  }

  Expectation updated(String iso) {
    this.updated = iso;
    return this;
  }

  Expectation authors(Origin origin, String... names) {
    this.authors = List.of(names);
    this.authorsOrigin = origin;
    return this;
  }

  Expectation bio(String start) {
    this.bioStart = start;
    return this;
  }

  Expectation tags(String... names) {
    this.tags = List.of(names);
    return this;
  }

  Expectation headings(String... texts) {
    this.headings = List.of(texts);
    return this;
  }

  /** Text the body must keep, exactly as it should appear in the Markdown. */
  Expectation keeps(String... texts) {
    kept.addAll(List.of(texts));
    return this;
  }

  /** Text that must not be in the body. */
  Expectation drops(String... texts) {
    dropped.addAll(List.of(texts));
    return this;
  }

  Expectation removed(int line, String rule) {
    removed.put(line, rule);
    return this;
  }

  Expectation paragraphs(int count) {
    this.paragraphs = count;
    return this;
  }

  Expectation code(String diagnosticCode) {
    codes.add(diagnosticCode);
    return this;
  }

  Expectation noCode(String diagnosticCode) {
    absentCodes.add(diagnosticCode);
    return this;
  }

  void verify(String name, String input, RawExtraction result) {
    SoftAssertions soft = new SoftAssertions();
    String context =
        "case `"
            + name
            + "`, input:\n"
            + input
            + "\n--- body:\n"
            + result.bodyMarkdown()
            + "\n--- removed: "
            + result.removed()
            + "\n--- diagnostics: "
            + result.diagnostics()
            + "\n--- check";
    if (NONE.equals(title)) {
      soft.assertThat(result.title()).as(context + " title").isEmpty();
    } else if (title != null) {
      soft.assertThat(result.title().map(Extracted::value)).as(context + " title").hasValue(title);
      soft.assertThat(result.title().map(t -> t.provenance().origin()))
          .as(context + " title origin")
          .hasValue(titleOrigin);
    }
    if (subtitle != null) {
      soft.assertThat(result.subtitle().map(Extracted::value))
          .as(context + " subtitle")
          .isEqualTo(NONE.equals(subtitle) ? Optional.empty() : Optional.of(subtitle));
    }
    if (NONE.equals(date)) {
      soft.assertThat(result.date()).as(context + " date").isEmpty();
    } else if (date != null) {
      soft.assertThat(result.date().map(d -> d.value().toIso()))
          .as(context + " date")
          .hasValue(date);
      soft.assertThat(result.date().map(d -> d.value().precision()))
          .as(context + " precision")
          .hasValue(precision);
    }
    if (updated != null) {
      soft.assertThat(result.updated().map(d -> d.value().toIso()))
          .as(context + " updated")
          .hasValue(updated);
    }
    if (authors != null) {
      soft.assertThat(result.authors().stream().map(Author::name).toList())
          .as(context + " authors")
          .isEqualTo(authors);
      if (!authors.isEmpty()) {
        soft.assertThat(result.authorsProvenance().map(p -> p.origin()))
            .as(context + " authors origin")
            .hasValue(authorsOrigin);
      }
    }
    if (bioStart != null) {
      soft.assertThat(result.authors().stream().flatMap(a -> a.bio().stream()).findFirst())
          .as(context + " bio")
          .hasValueSatisfying(bio -> soft.assertThat(bio).startsWith(bioStart));
    }
    if (tags != null) {
      soft.assertThat(result.tags().stream().map(Tag::name).toList())
          .as(context + " tags")
          .isEqualTo(tags);
    }
    BodyParts body = BodyParts.of(result.bodyMarkdown());
    if (headings != null) {
      soft.assertThat(body.headings()).as(context + " headings").isEqualTo(headings);
    }
    if (paragraphs != null) {
      soft.assertThat(body.paragraphs()).as(context + " paragraphs").hasSize(paragraphs);
    }
    kept.forEach(
        text -> soft.assertThat(result.bodyMarkdown()).as(context + " keeps").contains(text));
    dropped.forEach(
        text -> soft.assertThat(result.bodyMarkdown()).as(context + " drops").doesNotContain(text));
    removed.forEach(
        (line, rule) ->
            soft.assertThat(result.removed())
                .as(context + " removed line " + line)
                .anyMatch(r -> r.line() == line && r.rule().equals(rule)));
    List<String> found = result.diagnostics().stream().map(Diagnostic::code).toList();
    codes.forEach(code -> soft.assertThat(found).as(context + " diagnostics").contains(code));
    absentCodes.forEach(
        code -> soft.assertThat(found).as(context + " diagnostics").doesNotContain(code));
    soft.assertThat(LineAccounting.lostLines(input, result)).as(context + " lost lines").isEmpty();
    soft.assertAll();
  }
}
