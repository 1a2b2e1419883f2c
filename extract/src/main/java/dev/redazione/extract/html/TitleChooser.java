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
 * {@code " - Site"}) and without a date part at either end; failing that, the only {@code <h1>}. An
 * {@code <h1>} matches a metadata title or one part of it ({@code Headline | what the site is
 * about}); a section label the {@code <h1>} prints around a separator is left out, and of an {@code
 * <h1>} printed in lines, the line that is a whole metadata title is taken. Stateless and
 * thread-safe.
 */
final class TitleChooser {

  /** How much of an {@code <h1>}'s words a metadata title must share for the two to match. */
  private static final double MATCH = 0.6;

  /** How much an only {@code <h1>} must share with a metadata title to be taken over it. */
  private static final double ONLY_HEADING_MATCH = 0.3;

  /** The most words a part of a title around a separator has when it names a site or section. */
  private static final int SITE_WORDS = 5;

  /** The most words of a title part that is a date. */
  private static final int DATE_WORDS = 6;

  private static final Pattern SEPARATOR = Pattern.compile(" (?:\\||-|–|—|::|:|·|»|•|/|ǀ) ");

  /** Separators at either end of a line of an {@code <h1>} ({@code | Headline}). */
  private static final Pattern LINE_EDGE =
      Pattern.compile("^[\\s|\\-–—:·»•/ǀ]+|[\\s|\\-–—:·»•/ǀ]+$");

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

    List<String> candidates = new ArrayList<>();
    List<String> cleanTitles = new ArrayList<>();
    for (Extracted<String> title : titles) {
      String clean = withoutSite(title.value(), site);
      candidates.add(clean);
      cleanTitles.add(clean);
      if (!clean.equals(title.value()) && !namesSite(title.value(), site)) {
        candidates.add(title.value());
      }
      for (String part : SEPARATOR.split(title.value())) {
        if (!part.equals(clean) && Words.of(part).size() >= 2 && !isSite(part, site)) {
          candidates.add(part.strip());
        }
      }
    }
    Element best = null;
    String bestTitle = null;
    double bestScore = 0;
    List<Element> headings = document.body().getElementsByTag("h1");
    for (Element h1 : headings) {
      String text = Words.squeeze(h1.text());
      if (text.isEmpty() || text.length() > 300) {
        continue;
      }
      for (String candidate : candidates) {
        double score = Words.overlap(text, candidate);
        if (score > bestScore) {
          best = h1;
          bestTitle = candidate;
          bestScore = score;
        }
      }
    }
    long nonEmpty = headings.stream().filter(h -> !h.text().isBlank()).count();
    if (best != null && (bestScore >= MATCH || nonEmpty == 1 && bestScore >= ONLY_HEADING_MATCH)) {
      return Optional.of(new Chosen(heading(best, bestTitle, titles, cleanTitles), best));
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
   * The title without the site's name: without the parts around a separator that name the site;
   * failing that, its longest part when every other part has at most {@value #SITE_WORDS} words (a
   * site or section name), the first of equally long ones.
   */
  static String withoutSite(String title, Optional<String> site) {
    String text = Words.squeeze(title);
    String[] parts = SEPARATOR.split(text);
    if (parts.length < 2) {
      return text;
    }
    int first = 0;
    int last = parts.length - 1;
    while (first < last && isDate(parts[last])) {
      last--;
    }
    while (first < last && isDate(parts[first])) {
      first++;
    }
    if (first > 0 || last < parts.length - 1) {
      text = rejoin(text, List.of(parts).subList(first, last + 1));
      parts = SEPARATOR.split(text);
      if (parts.length < 2) {
        return text;
      }
    }
    if (site.isPresent()) {
      String name = Words.squeeze(site.get());
      List<String> kept = new ArrayList<>();
      for (String part : parts) {
        if (!isSite(part, Optional.of(name))) {
          kept.add(part);
        }
      }
      if (kept.size() < parts.length && !kept.isEmpty()) {
        return rejoin(text, kept);
      }
    }
    int longest = 0;
    for (int i = 1; i < parts.length; i++) {
      if (Words.of(parts[i]).size() > Words.of(parts[longest]).size()) {
        longest = i;
      }
    }
    for (int i = 0; i < parts.length; i++) {
      if (i != longest && Words.of(parts[i]).size() > SITE_WORDS) {
        return text;
      }
    }
    if (Words.of(parts[longest]).size() >= 2) {
      return parts[longest].strip();
    }
    return text;
  }

  /** Whether a part of a title around a separator is the site's name. */
  private static boolean namesSite(String title, Optional<String> site) {
    for (String part : SEPARATOR.split(title)) {
      if (isSite(part, site)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inAny(String part, List<Extracted<String>> titles) {
    String phrase = Words.squeeze(part);
    return titles.stream()
        .anyMatch(t -> Words.containsPhrase(t.value().toLowerCase(java.util.Locale.ROOT), phrase));
  }

  private static boolean isSite(String part, Optional<String> site) {
    return site.isPresent()
        && (Words.overlap(part, site.get()) >= 0.99 || part.strip().equalsIgnoreCase(site.get()));
  }

  /** Whether a part of a title is a date or time alone ({@code 31.10.2023, 10.19 Uhr}). */
  private static boolean isDate(String part) {
    return Words.of(part).size() <= DATE_WORDS
        && part.chars().anyMatch(Character::isDigit)
        && ShownDate.find(part, false).isPresent();
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

  /**
   * The headline an {@code <h1>} prints, without a section label around a separator that no
   * metadata title has ({@code Politics | Title}).
   */
  private static Extracted<String> heading(
      Element h1, String title, List<Extracted<String>> titles, List<String> cleanTitles) {
    Extracted<String> heading = heading(h1);
    Optional<String> line = lineMatching(h1, cleanTitles);
    if (line.isPresent()) {
      return new Extracted<>(line.get(), heading.provenance());
    }
    String[] parts = SEPARATOR.split(heading.value());
    if (parts.length < 2) {
      return heading;
    }
    List<String> kept = new ArrayList<>();
    for (String part : parts) {
      if (Words.overlap(part, title) >= 0.99) {
        kept.add(part);
      } else if (Words.of(part).size() > SITE_WORDS || inAny(part, titles)) {
        return heading;
      }
    }
    return kept.size() == 1 ? new Extracted<>(kept.get(0).strip(), heading.provenance()) : heading;
  }

  /**
   * The one line of an {@code <h1>} printed in lines — split by {@code <br>}, else its child
   * elements and texts — that is a whole metadata title: the headline under a kicker ({@code
   * <span>Open Progress</span><br><span>Headline</span>}) or over its date and section ({@code
   * Headline<br><small>02.02.2022 • Sport</small>}).
   */
  private static Optional<String> lineMatching(Element h1, List<String> cleanTitles) {
    List<String> lines = lines(h1);
    if (lines.size() < 2) {
      return Optional.empty();
    }
    List<String> matching =
        lines.stream()
            .filter(l -> cleanTitles.stream().anyMatch(t -> Words.overlap(l, t) >= 0.99))
            .distinct()
            .toList();
    return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
  }

  private static List<String> lines(Element h1) {
    boolean broken = h1.children().stream().anyMatch(c -> c.nameIs("br"));
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (org.jsoup.nodes.Node child : h1.childNodes()) {
      if (child instanceof Element e && e.nameIs("br")) {
        addLine(lines, line);
      } else if (child instanceof Element e) {
        if (!broken) {
          addLine(lines, line);
        }
        line.append(' ').append(e.text());
        if (!broken) {
          addLine(lines, line);
        }
      } else if (child instanceof org.jsoup.nodes.TextNode text) {
        line.append(text.text());
      }
    }
    addLine(lines, line);
    return lines;
  }

  private static void addLine(List<String> lines, StringBuilder line) {
    String text = LINE_EDGE.matcher(Words.squeeze(line.toString())).replaceAll("");
    if (!text.isEmpty()) {
      lines.add(text);
    }
    line.setLength(0);
  }

  private static Extracted<String> of(MetaTags.Value value, Origin origin) {
    return of(value.content(), origin, value.line());
  }

  private static Extracted<String> of(String text, Origin origin, int line) {
    String decoded = text.indexOf('&') >= 0 ? Parser.unescapeEntities(text, false) : text;
    return new Extracted<>(Words.squeeze(decoded), Provenance.at(origin, line));
  }
}
