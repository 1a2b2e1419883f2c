package dev.redazione.extract.html;

import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.extract.Extracted;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Chooses a page's headline: the visible {@code <h1>} whose words best match a metadata title
 * (JSON-LD {@code headline}, {@code og:title}, {@code twitter:title}, {@code <title>}); failing
 * that, the first metadata title without the site's name around a separator ({@code " | Site"},
 * {@code " - Site"}); failing that, the only {@code <h1>}. Stateless and thread-safe.
 */
final class TitleChooser {

  /** How much of an {@code <h1>}'s words a metadata title must share for the two to match. */
  private static final double MATCH = 0.6;

  private static final Pattern SEPARATOR = Pattern.compile(" (?:\\||-|–|—|::|·|»|•|/) ");

  private TitleChooser() {}

  /** The headline and the {@code <h1>} it was read from, if any. */
  record Chosen(Extracted<String> title, Element heading) {}

  static Optional<Chosen> choose(Document document, StructuredData ld, MetaTags meta) {
    List<Extracted<String>> titles = new ArrayList<>();
    ld.text("headline").ifPresent(t -> titles.add(of(t, Origin.HTML_JSON_LD, ld.line())));
    meta.first(List.of("og:title")).ifPresent(v -> titles.add(of(v, Origin.HTML_META)));
    meta.first(List.of("twitter:title")).ifPresent(v -> titles.add(of(v, Origin.HTML_META)));
    Element titleTag = document.selectFirst("title");
    if (titleTag != null && !titleTag.text().isBlank()) {
      titles.add(of(titleTag.text(), Origin.HTML_ELEMENT, SourceLines.of(titleTag)));
    }
    Optional<String> site =
        meta.first(List.of("og:site_name", "application-name"))
            .map(MetaTags.Value::content)
            .or(ld::siteName);

    Element best = null;
    double bestScore = 0;
    List<Element> headings = document.body().getElementsByTag("h1");
    for (Element h1 : headings) {
      String text = Words.squeeze(h1.text());
      if (text.isEmpty() || text.length() > 300) {
        continue;
      }
      for (Extracted<String> title : titles) {
        double score = Words.overlap(text, withoutSite(title.value(), site));
        if (score > bestScore) {
          best = h1;
          bestScore = score;
        }
      }
    }
    if (best != null && bestScore >= MATCH) {
      return Optional.of(new Chosen(heading(best), best));
    }
    for (Extracted<String> title : titles) {
      String clean = withoutSite(title.value(), site);
      if (!clean.isEmpty()) {
        return Optional.of(new Chosen(new Extracted<>(clean, title.provenance()), null));
      }
    }
    List<Element> visible = headings.stream().filter(h -> !h.text().isBlank()).toList();
    if (visible.size() == 1) {
      return Optional.of(new Chosen(heading(visible.get(0)), visible.get(0)));
    }
    return Optional.empty();
  }

  /**
   * The title without the site's name: the part before or after a separator that names the site,
   * or, when the site is unknown, without a last part of at most three words after {@code " | "}
   * or {@code " - "} when the rest is longer.
   */
  static String withoutSite(String title, Optional<String> site) {
    String text = Words.squeeze(title);
    String[] parts = SEPARATOR.split(text);
    if (parts.length < 2) {
      return text;
    }
    if (site.isPresent()) {
      String name = Words.squeeze(site.get());
      List<String> kept = new ArrayList<>();
      for (String part : parts) {
        if (!(Words.overlap(part, name) >= 0.99 || part.equalsIgnoreCase(name))) {
          kept.add(part);
        }
      }
      if (kept.size() < parts.length && !kept.isEmpty()) {
        return rejoin(text, kept);
      }
    }
    java.util.regex.Matcher m = SEPARATOR.matcher(text);
    int cut = -1;
    int after = -1;
    while (m.find()) {
      cut = m.start();
      after = m.end();
    }
    String last = text.substring(after);
    String rest = text.substring(0, cut).strip();
    if (Words.of(last).size() <= 3 && Words.of(rest).size() > Words.of(last).size()) {
      return rest;
    }
    return text;
  }

  /** The kept parts with the separators between them as the title wrote them. */
  private static String rejoin(String text, List<String> kept) {
    int start = text.indexOf(kept.get(0));
    String lastPart = kept.get(kept.size() - 1);
    int end = text.lastIndexOf(lastPart) + lastPart.length();
    return start >= 0 && end > start ? text.substring(start, end).strip() : kept.get(0);
  }

  private static Extracted<String> heading(Element h1) {
    return of(h1.text(), Origin.HTML_ELEMENT, SourceLines.of(h1));
  }

  private static Extracted<String> of(MetaTags.Value value, Origin origin) {
    return of(value.content(), origin, value.line());
  }

  private static Extracted<String> of(String text, Origin origin, int line) {
    String decoded = text.indexOf('&') >= 0 ? Parser.unescapeEntities(text, false) : text;
    return new Extracted<>(Words.squeeze(decoded), Provenance.at(origin, line));
  }
}
