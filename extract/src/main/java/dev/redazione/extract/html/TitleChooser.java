package dev.redazione.extract.html;

import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.extract.Extracted;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * <h1>} printed in lines, the line that is a whole metadata title is taken. An {@code <h1>} that is
 * a link to the site's home page is the site's masthead, no headline: its text is the site's name
 * when the page's metadata give none. Stateless and thread-safe.
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

  /**
   * The address of a site's home page as a link writes it: its root, maybe with the host and an
   * index page ({@code /}, {@code https://example.org/}, {@code /index.html}).
   */
  private static final Pattern HOME_PAGE =
      Pattern.compile("(?:(?:https?:)?//[^/?#]+)?/?(?:index\\.\\w+)?");

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
    Map<Boolean, List<Element>> mastheads =
        document.body().getElementsByTag("h1").stream()
            .collect(Collectors.partitioningBy(TitleChooser::isMasthead));
    List<Element> headings = mastheads.get(false);
    Optional<String> site =
        meta.first(List.of("og:site_name", "application-name"))
            .map(MetaTags.Value::content)
            .or(ld::siteName)
            .or(() -> mastheads.get(true).stream().map(h -> Words.squeeze(h.text())).findFirst());

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
        String shown = withoutSiteBeforeHeading(document, clean, site);
        return Optional.of(new Chosen(new Extracted<>(shown, title.provenance()), null));
      }
    }
    List<Element> visible = headings.stream().filter(h -> !h.text().isBlank()).toList();
    if (visible.size() == 1) {
      return Optional.of(new Chosen(heading(visible.get(0)), visible.get(0)));
    }
    return Optional.empty();
  }

  /**
   * The title without the site's name and its date: without the parts around a separator that name
   * the site, or else its longest part when every other part has at most {@value #SITE_WORDS} words
   * (a site or section name), the first of equally long ones, unless it is a date. A section's name
   * beside the site's goes with it ({@link #isSectionBesideSite}).
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
      boolean[] dropped = new boolean[parts.length];
      for (int i = 0; i < parts.length; i++) {
        dropped[i] = isSite(parts[i], Optional.of(name));
      }
      List<String> separators = SEPARATOR.matcher(text).results().map(r -> r.group()).toList();
      int end = parts.length - 1;
      dropped[1] |= dropped[0] && isSectionBesideSite(parts, separators, 1, 0, 1);
      dropped[end - 1] |=
          dropped[end] && isSectionBesideSite(parts, separators, end - 1, end - 1, end - 2);
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < parts.length; i++) {
        if (!dropped[i]) {
          kept.add(parts[i]);
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
    if (Words.of(parts[longest]).size() >= 2 && !isDate(parts[longest])) {
      return parts[longest].strip();
    }
    return text;
  }

  /**
   * Whether the {@code <h1>} is the site's masthead: all its text is a link to the site's home page
   * ({@code <h1><a href="/">Site</a></h1>}), as a blog prints its name on every page.
   */
  private static boolean isMasthead(Element h1) {
    String text = Words.squeeze(h1.text());
    return !text.isEmpty()
        && h1.getElementsByTag("a").stream()
            .anyMatch(
                a ->
                    !a.attr("href").isBlank()
                        && HOME_PAGE.matcher(a.attr("href").strip()).matches()
                        && Words.squeeze(a.text()).equals(text));
  }

  /**
   * The title without the site's name written before or after it with no separator ({@code
   * davidbau.com Vibe Coding}) when the rest is the text of a heading of the page; else the title.
   */
  private static String withoutSiteBeforeHeading(
      Document document, String title, Optional<String> site) {
    if (site.isEmpty() || SEPARATOR.matcher(title).find()) {
      return title;
    }
    String name = Words.squeeze(site.get());
    String rest;
    if (title.regionMatches(true, 0, name + " ", 0, name.length() + 1)) {
      rest = title.substring(name.length() + 1).strip();
    } else if (title.regionMatches(
        true, title.length() - name.length() - 1, " " + name, 0, name.length() + 1)) {
      rest = title.substring(0, title.length() - name.length() - 1).strip();
    } else {
      return title;
    }
    boolean shown =
        Words.of(rest).size() >= 2
            && document.body().select("h2, h3").stream()
                .anyMatch(h -> Words.squeeze(h.text()).equals(rest));
    return shown ? rest : title;
  }

  /**
   * Whether the part of a title next to the site's name at its edge is a section's name: of at most
   * {@value #SITE_WORDS} words, with more of the title beyond it, and written between two of the
   * same separators ({@code Site » Blog Archive » Headline}, {@code Headline | Sport | Site}). The
   * separators are the title's in order, {@code near} and {@code far} the indexes of the part's
   * separators on the site's side and the other.
   */
  private static boolean isSectionBesideSite(
      String[] parts, List<String> separators, int part, int near, int far) {
    return parts.length > 2
        && separators.size() == parts.length - 1
        && Words.of(parts[part]).size() <= SITE_WORDS
        && separators.get(near).equals(separators.get(far));
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
