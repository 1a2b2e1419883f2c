package dev.redazione.extract.html;

import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.core.PublicationDate;
import dev.redazione.extract.Extracted;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses a page's publication and update dates, in this order: the JSON-LD article's {@code
 * datePublished} / {@code dateModified}; the published- and modified-time meta tags (OpenGraph
 * {@code article:*}, {@code itemprop}, Dublin Core, Parse.ly, Sailthru and other common names); an
 * element with {@code itemprop="datePublished"}; the first {@code <time datetime>} of the article
 * or near its headline, else one marked {@code pubdate}; failing all metadata, a day printed in a
 * dateline element ({@link ShownDate}), else in a short line near the headline. Stateless and
 * thread-safe.
 */
final class DateChooser {

  private static final List<String> PUBLISHED =
      List.of(
          "article:published_time",
          "og:article:published_time",
          "article:published",
          "datepublished",
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
          "last-modified");

  private static final String DATELINES =
      "time, [class~=(?i)(date|time|publish|posted|datum|fecha|dateline|byline|meta)],"
          + " [id~=(?i)(date|publish|posted|datum|fecha|dateline)]";
  private static final int MAX_DATELINE = 200;
  private static final int BEFORE = 20;
  private static final int AFTER = 40;
  private static final int MAX_NEAR_LINE = 100;

  private DateChooser() {}

  /** The publication date. */
  static Optional<Extracted<PublicationDate>> published(
      Document document, StructuredData ld, MetaTags meta, Element headline) {
    Optional<Extracted<PublicationDate>> machine = machine(document, ld, meta, headline);
    if (machine.isEmpty()) {
      return shown(document, headline, true).or(() -> nearHeadline(document, headline));
    }
    return machine.map(m -> inReadersDay(m, document, headline));
  }

  /**
   * The day the page shows instead of a UTC timestamp that falls on the day before or after it: the
   * page was written for readers in another time zone, and the day they read is the one printed.
   */
  private static Extracted<PublicationDate> inReadersDay(
      Extracted<PublicationDate> machine, Document document, Element headline) {
    PublicationDate date = machine.value();
    if (date.offset().filter(o -> o.getTotalSeconds() == 0).isEmpty()
        || date.localDate().isEmpty()) {
      return machine;
    }
    return shown(document, headline, false)
        .filter(
            s ->
                s.value().localDate().isPresent()
                    && Math.abs(
                            s.value().localDate().get().toEpochDay()
                                - date.localDate().get().toEpochDay())
                        == 1)
        .orElse(machine);
  }

  private static Optional<Extracted<PublicationDate>> machine(
      Document document, StructuredData ld, MetaTags meta, Element headline) {
    return fromLd(ld, "datePublished")
        .or(() -> fromMeta(meta, PUBLISHED))
        .or(() -> fromElement(document.selectFirst("[itemprop=datePublished]")))
        .or(() -> fromElement(nearTime(document, headline)))
        .or(() -> fromElement(document.selectFirst("time[pubdate][datetime]")))
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
            .or(() -> fromMeta(meta, MODIFIED))
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
   * A day printed for readers in a dateline element: one whose class or id names a date, or a
   * {@code <time>}, in the article or near its headline, else (when {@code wholePage}) anywhere in
   * the page.
   */
  private static Optional<Extracted<PublicationDate>> shown(
      Document document, Element headline, boolean wholePage) {
    boolean monthFirst =
        document
            .select("html[lang]")
            .attr("lang")
            .toLowerCase(java.util.Locale.ROOT)
            .startsWith("en");
    Element scope = document.selectFirst("article, main, [role=main]");
    if (scope == null && headline != null) {
      scope = headline;
      for (int i = 0; i < 3 && scope.parent() != null; i++) {
        scope = scope.parent();
      }
    }
    for (Element root :
        scope == null ? List.of(document.body()) : List.of(scope, document.body())) {
      for (Element element : root.select(DATELINES)) {
        String text = element.text();
        if (text.length() > MAX_DATELINE) {
          continue;
        }
        Optional<PublicationDate> date = ShownDate.find(text, monthFirst);
        if (date.isPresent()) {
          return Optional.of(
              new Extracted<>(
                  date.get(), Provenance.at(Origin.HTML_ELEMENT, SourceLines.of(element))));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A day printed in a short line close to the headline, labelled or not ({@code Datum 28.01.2022},
   * {@code publiziert am 25. September 2018}): the first within {@value #BEFORE} elements before it
   * or {@value #AFTER} after it.
   */
  private static Optional<Extracted<PublicationDate>> nearHeadline(
      Document document, Element headline) {
    if (headline == null) {
      return Optional.empty();
    }
    List<Element> all = document.body().getAllElements();
    int at = all.indexOf(headline);
    if (at < 0) {
      return Optional.empty();
    }
    Element html = document.firstElementChild();
    boolean monthFirst =
        html != null && html.attr("lang").toLowerCase(java.util.Locale.ROOT).startsWith("en");
    List<Element> near =
        new java.util.ArrayList<>(all.subList(at + 1, Math.min(all.size(), at + AFTER)));
    near.addAll(all.subList(Math.max(0, at - BEFORE), at));
    for (Element element : near) {
      String own = element.ownText();
      if (own.isBlank() || own.length() > MAX_NEAR_LINE) {
        continue;
      }
      Optional<PublicationDate> date = ShownDate.find(own, monthFirst);
      if (date.isPresent()) {
        return Optional.of(
            new Extracted<>(
                date.get(), Provenance.at(Origin.HTML_ELEMENT, SourceLines.of(element))));
      }
    }
    return Optional.empty();
  }

  private static Optional<Extracted<PublicationDate>> fromLd(StructuredData ld, String key) {
    return ld.text(key)
        .flatMap(DateText::parse)
        .map(d -> new Extracted<>(d, Provenance.at(Origin.HTML_JSON_LD, ld.line())));
  }

  private static Optional<Extracted<PublicationDate>> fromMeta(MetaTags meta, List<String> names) {
    for (String name : names) {
      for (MetaTags.Value value : meta.all(name)) {
        Optional<PublicationDate> date = DateText.parse(value.content());
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
