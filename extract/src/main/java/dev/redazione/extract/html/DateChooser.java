package dev.redazione.extract.html;

import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.core.PublicationDate;
import dev.redazione.extract.Extracted;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses a page's publication and update dates, in this order: the JSON-LD article's {@code
 * datePublished} / {@code dateModified}; the published- and modified-time meta tags (OpenGraph
 * {@code article:*}, {@code itemprop}, Dublin Core, Parse.ly, Sailthru and other common names); an
 * element with {@code itemprop="datePublished"}; the first {@code <time datetime>} of the article
 * or near its headline, else one marked {@code pubdate}; else a day written for readers in a
 * published-time meta tag ({@code July 17, 2025}); failing all metadata, a day printed near the
 * headline ({@link ShownDate}), else in a dateline element, else opening a paragraph after the
 * headline ({@code ROMA, 12 maggio 2023 – …}), else the first {@code <time datetime>} of the page.
 * A day printed near the headline wins over metadata naming another day ({@link #published}).
 * Stateless and thread-safe.
 */
final class DateChooser {

  private static final List<String> PUBLISHED =
      List.of(
          "article:published_time",
          "og:article:published_time",
          "article:published",
          "datepublished",
          "published-date",
          "citation_publication_date",
          "og:published_time",
          "published_time",
          "parsely-pub-date",
          "sailthru.date",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "dc.date.issued",
          "dcterms.issued",
          "dc.date",
          "dcterms.date",
          "dcterms.created",
          "dc.date.created",
          "article.published",
          "article_date_original",
          "original-publish-date",
          "cxenseparse:recs:publishtime",
          "datecreated",
          "date",
          "published",
          "release_date");
  private static final List<String> MODIFIED =
      List.of(
          "article:modified_time",
          "og:article:modified_time",
          "article:modified",
          "datemodified",
          "og:updated_time",
          "modified_time",
          "dcterms.modified",
          "dc.date.modified",
          "article.updated",
          "modified-date",
          "last-modified");

  private static final int MAX_DATELINE = 200;
  private static final int BEFORE = 20;
  private static final int AFTER = 40;
  private static final int MAX_NEAR_LINE = 100;
  private static final int OPENING = 40;

  private DateChooser() {}

  /**
   * The publication date. A day printed near the headline is what a reader takes for the date, so
   * it wins over metadata that says another day: a timestamp on the day before or after it (the
   * page was written for readers in another time zone), or an earlier metadata date the page does
   * not print there (the first version's, when the page prints the day of its last update).
   */
  static Optional<Extracted<PublicationDate>> published(
      Document document, StructuredData ld, MetaTags meta, Element headline, PageElements page) {
    boolean monthFirst = monthFirst(document);
    Optional<Extracted<PublicationDate>> machine =
        machine(document, ld, meta, headline, monthFirst);
    List<Printed> printed = printed(page, monthFirst);
    if (machine.isEmpty()) {
      return printed.stream()
          .filter(Printed::dateline)
          .map(Printed::date)
          .findFirst()
          .or(() -> shown(document, page, monthFirst))
          .or(() -> printed.stream().map(Printed::date).findFirst())
          .or(() -> opening(page, monthFirst))
          .or(() -> fromElement(document.selectFirst("time[datetime]")));
    }
    Extracted<PublicationDate> m = machine.get();
    if (m.value().localDate().isEmpty()) {
      return machine;
    }
    long day = m.value().localDate().get().toEpochDay();
    List<Extracted<PublicationDate>> days = printed.stream().map(Printed::date).toList();
    if (days.stream().anyMatch(p -> dayOf(p) == day)) {
      return machine;
    }
    return days.stream()
        .filter(p -> Math.abs(dayOf(p) - day) == 1)
        .findFirst()
        .or(() -> shown(document, page, monthFirst).filter(p -> Math.abs(dayOf(p) - day) == 1))
        .or(() -> printed.stream().map(Printed::date).filter(p -> dayOf(p) > day).findFirst())
        .or(() -> machine);
  }

  /** A day printed near the headline, in a dateline element or in a short line. */
  private record Printed(Extracted<PublicationDate> date, boolean dateline) {}

  private static long dayOf(Extracted<PublicationDate> date) {
    return date.value().localDate().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
  }

  private static boolean monthFirst(Document document) {
    Element html = document.firstElementChild();
    return html != null && html.attr("lang").toLowerCase(java.util.Locale.ROOT).startsWith("en");
  }

  private static Optional<Extracted<PublicationDate>> machine(
      Document document, StructuredData ld, MetaTags meta, Element headline, boolean monthFirst) {
    return fromLd(ld, "datePublished")
        .or(() -> fromMeta(meta, PUBLISHED, DateText::parse))
        .or(() -> fromElement(document.selectFirst("[itemprop=datePublished]")))
        .or(() -> fromElement(nearTime(document, headline)))
        .or(() -> fromElement(document.selectFirst("time[pubdate][datetime]")))
        .or(() -> fromMeta(meta, PUBLISHED, v -> ShownDate.find(v, monthFirst)))
        .or(() -> fromLd(ld, "dateCreated"));
  }

  /** The date of the last change, when it is later than {@code published}. */
  static Optional<Extracted<PublicationDate>> modified(
      Document document,
      StructuredData ld,
      MetaTags meta,
      Optional<Extracted<PublicationDate>> published) {
    Optional<Extracted<PublicationDate>> modified =
        fromLd(ld, "dateModified")
            .or(() -> fromMeta(meta, MODIFIED, DateText::parse))
            .or(() -> fromElement(document.selectFirst("[itemprop=dateModified]")));
    return modified.filter(
        m -> published.isEmpty() || m.value().start().isAfter(published.get().value().start()));
  }

  /**
   * The first {@code <time datetime>} of the article: inside the {@code <article>} or {@code
   * <main>}, else within three levels around the headline.
   */
  private static Element nearTime(Document document, Element headline) {
    Element scope = document.selectFirst("article, main, [role=main]");
    if (scope == null && headline != null) {
      scope = headline;
      for (int i = 0; i < 3 && scope.parent() != null; i++) {
        scope = scope.parent();
      }
    }
    return scope == null ? null : scope.selectFirst("time[datetime]");
  }

  /**
   * The days printed near the headline, in order: in dateline elements (a {@code <time>}, or an
   * element whose class or id names a date) and in short lines ({@code Datum 28.01.2022}, {@code
   * publiziert am 25. September 2018}) within {@value #AFTER} elements after it or {@value #BEFORE}
   * before it.
   */
  private static List<Printed> printed(PageElements page, boolean monthFirst) {
    List<Printed> days = new ArrayList<>();
    for (Element element : page.nearHeadline(BEFORE, AFTER)) {
      boolean dateline = PageElements.isDateline(element);
      String text = dateline ? PageElements.textUpTo(element, MAX_DATELINE) : element.ownText();
      if (text.isBlank() || text.length() > (dateline ? MAX_DATELINE : MAX_NEAR_LINE)) {
        continue;
      }
      ShownDate.find(text, monthFirst)
          .ifPresent(
              d ->
                  days.add(
                      new Printed(
                          new Extracted<>(
                              d, Provenance.at(Origin.HTML_ELEMENT, SourceLines.of(element))),
                          dateline)));
    }
    return days;
  }

  /**
   * A day that opens a paragraph after the headline, as agency copy prints it ({@code ROMA, 12
   * maggio 2023 – La giunta…}, {@code 01.02.2022 Der Arbeitsmarkt…}): written within its first
   * {@value #OPENING} characters.
   */
  private static Optional<Extracted<PublicationDate>> opening(
      PageElements page, boolean monthFirst) {
    for (Element element : page.nearHeadline(0, AFTER)) {
      String text = element.ownText();
      if (text.length() <= MAX_NEAR_LINE) {
        continue;
      }
      Optional<PublicationDate> date = ShownDate.find(text.substring(0, OPENING), monthFirst);
      if (date.isPresent()) {
        return Optional.of(
            new Extracted<>(
                date.get(), Provenance.at(Origin.HTML_ELEMENT, SourceLines.of(element))));
      }
    }
    return Optional.empty();
  }

  /** A day printed in a dateline element of the article, else of the page. */
  private static Optional<Extracted<PublicationDate>> shown(
      Document document, PageElements page, boolean monthFirst) {
    Element scope = document.selectFirst("article, main, [role=main]");
    Extracted<PublicationDate> outside = null;
    for (Element element : page.all()) {
      if (!PageElements.isDateline(element)) {
        continue;
      }
      String text = PageElements.textUpTo(element, MAX_DATELINE);
      if (text.length() > MAX_DATELINE) {
        continue;
      }
      Optional<PublicationDate> date = ShownDate.find(text, monthFirst);
      if (date.isEmpty()) {
        continue;
      }
      Extracted<PublicationDate> shown =
          new Extracted<>(date.get(), Provenance.at(Origin.HTML_ELEMENT, SourceLines.of(element)));
      if (scope == null || isInside(element, scope)) {
        return Optional.of(shown);
      }
      if (outside == null) {
        outside = shown;
      }
    }
    return Optional.ofNullable(outside);
  }

  private static boolean isInside(Element element, Element scope) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e == scope) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Extracted<PublicationDate>> fromLd(StructuredData ld, String key) {
    return ld.text(key)
        .flatMap(DateText::parse)
        .map(d -> new Extracted<>(d, Provenance.at(Origin.HTML_JSON_LD, ld.line())));
  }

  /**
   * The first date under one of {@code names} that {@code reader} reads: a machine date ({@link
   * DateText}), or a day written for readers ({@code July 17, 2025}, {@code 12 febbraio 2023}), as
   * some pages fill their meta tags — trusted less, after the page's own date elements.
   */
  private static Optional<Extracted<PublicationDate>> fromMeta(
      MetaTags meta, List<String> names, Function<String, Optional<PublicationDate>> reader) {
    for (String name : names) {
      for (MetaTags.Value value : meta.all(name)) {
        Optional<PublicationDate> date = reader.apply(value.content());
        if (date.isPresent()) {
          return Optional.of(
              new Extracted<>(date.get(), Provenance.at(Origin.HTML_META, value.line())));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Extracted<PublicationDate>> fromElement(Element element) {
    if (element == null) {
      return Optional.empty();
    }
    String value =
        element.hasAttr("datetime")
            ? element.attr("datetime")
            : element.hasAttr("content") ? element.attr("content") : element.text();
    return DateText.parse(value)
        .map(d -> new Extracted<>(d, Provenance.at(Origin.HTML_ELEMENT, SourceLines.of(element))));
  }
}
