package dev.redazione.extract.html;

import dev.redazione.core.Author;
import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.core.Slug;
import dev.redazione.extract.Extracted;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Chooses a page's authors from its metadata, in this order: the JSON-LD article's {@code author}
 * (text, object, reference or list of these); the author meta tags ({@code author}, {@code
 * article:author}, {@code parsely-author}, {@code sailthru.author}, {@code dc.creator}, {@code
 * byl}, …); byline elements: marked {@code itemprop="author"} or {@code rel="author"}, links to an
 * author page, or classed {@code author}, {@code byline} and the like; a byline written as text
 * near the headline ({@code By Jane Doe}, {@code di Mario Rossi}). The first source naming someone
 * the page shows to readers wins, with only the names it shows: metadata also carries names nobody
 * reading the page would take for its author (SEO accounts, agencies, user ids), and an author is
 * never invented. A source naming only the site itself gives way to a later source naming a person.
 * Stateless and thread-safe.
 */
final class AuthorChooser {

  private static final List<String> META_NAMES =
      List.of(
          "author",
          "article:author",
          "og:article:author",
          "parsely-author",
          "sailthru.author",
          "dc.creator",
          "dcterms.creator",
          "citation_author",
          "byl",
          "byline");
  private static final Pattern SPLIT =
      Pattern.compile("\\s*(?:[;|/]|,\\s(?=\\S+\\s\\S)|\\s(?:and|und|et|y|e|&)\\s)\\s*");
  private static final Pattern LEAD =
      Pattern.compile(
          "(?i)^(?:(?:posted|written|published|veröffentlicht|geschrieben|publié|écrit|publicado"
              + "|escrito|pubblicato|scritto|a cura)\\s+(?:by|von|par|por|da|di)|by|von|por|par|di"
              + "|da|de|door|av|text:?|autore:?|author:?|autor:?)\\s+");
  private static final Pattern DIGIT_START = Pattern.compile("^\\d");
  private static final int MAX_NAME = 60;
  private static final int MAX_BYLINE = 80;
  private static final int BEFORE = 10;
  private static final int AFTER = 30;
  private static final String[] BYLINE_CLASS = {"author", "byline", "autor", "firma"};
  private static final String[] ASIDE = {
    "comment", "related", "recommend", "teaser-list", "footer"
  };
  private static final Set<String> ASIDE_TAGS = Set.of("footer", "nav");

  /** The most text a byline element holds: more is a container classed for its author. */
  private static final int MAX_BYLINE_ELEMENT = 200;

  /**
   * The most text of an element that is a byline label alone ({@code Written by}, {@code Autor:}).
   */
  private static final int MAX_LABEL = 20;

  private static final int ANCESTORS = 8;
  private static final Pattern AUTHOR_PAGE =
      Pattern.compile("/(?:authors?|autor|autore|autori|autoren|auteurs?|reporters?|firme)/");

  /** Labels alone that are also abbreviations ({@code Di} for Dienstag): not read as labels. */
  private static final Set<String> CAPITAL_PARTICLE = Set.of("Di", "Da", "De");

  private static final Set<String> INLINE_LABELS = Set.of("strong", "b", "em", "i", "label");
  private static final Set<String> TEXT_BLOCKS =
      Set.of("p", "div", "span", "li", "address", "h3", "h4", "h5", "h6", "small");

  private AuthorChooser() {}

  /**
   * The authors.
   *
   * @param visibleText the lower-cased text of the page as a reader sees it
   */
  static Optional<Extracted<List<Author>>> choose(
      Document document, StructuredData ld, MetaTags meta, PageElements page, String visibleText) {
    List<String> sites = siteNames(document, ld, meta);
    Optional<Extracted<List<Author>>> siteOnly = Optional.empty();
    for (Optional<Extracted<List<Author>>> found :
        sources(document, ld, meta, page, visibleText, sites)) {
      if (found.isEmpty()) {
        continue;
      }
      if (found.get().value().stream().allMatch(a -> isSite(a.name(), sites))) {
        siteOnly = siteOnly.or(() -> found);
      } else {
        return Optional.of(withoutSite(found.get(), sites));
      }
    }
    return siteOnly;
  }

  /**
   * The sources in order, read lazily: a source naming only the site itself (a newsroom byline such
   * as {@code CBS News}) gives way to a later one that names a person. Every value of one meta name
   * is one source ({@code citation_author} once per author).
   */
  private static Iterable<Optional<Extracted<List<Author>>>> sources(
      Document document,
      StructuredData ld,
      MetaTags meta,
      PageElements page,
      String visibleText,
      List<String> sites) {
    List<java.util.function.Supplier<Optional<Extracted<List<Author>>>>> sources =
        new ArrayList<>();
    sources.add(
        () ->
            visible(
                ld.authors(), visibleText, sites, Provenance.at(Origin.HTML_JSON_LD, ld.line())));
    for (String name : META_NAMES) {
      List<MetaTags.Value> values = meta.all(name);
      if (!values.isEmpty()) {
        sources.add(
            () ->
                visible(
                    values.stream().map(MetaTags.Value::content).toList(),
                    visibleText,
                    sites,
                    Provenance.at(Origin.HTML_META, values.get(0).line())));
      }
    }
    sources.add(() -> fromBylines(page, visibleText));
    sources.add(() -> fromBylineText(page));
    sources.add(() -> fromLabelledLines(document));
    return () -> sources.stream().map(java.util.function.Supplier::get).iterator();
  }

  private static Optional<Extracted<List<Author>>> fromBylines(
      PageElements page, String visibleText) {
    for (Element element : page.all()) {
      if (!isByline(element) || isLong(element) || isAside(element)) {
        continue;
      }
      Element name = element.selectFirst("[itemprop=name]");
      List<String> names =
          name != null && name.hasAttr("content")
              ? BylineNames.parse(name.attr("content"), true, true)
              : segmentNames(name != null ? name : element);
      Optional<Extracted<List<Author>>> found =
          visible(
              names,
              visibleText,
              List.of(),
              Provenance.at(Origin.HTML_ELEMENT, SourceLines.of(element)));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a byline candidate holds more text than a byline, or is a link inside such text (an
   * author page linked from a paragraph): a container classed for its author, a source quoted in
   * the article.
   */
  private static boolean isLong(Element element) {
    Element block = element.nameIs("a") && element.parent() != null ? element.parent() : element;
    return PageElements.textUpTo(block, MAX_BYLINE_ELEMENT).length() > MAX_BYLINE_ELEMENT;
  }

  /**
   * The names of a byline element, read text by text: {@code By <a>Jane Doe</a> Updated May 2}
   * gives Jane Doe; a label alone lets the next text be a single-word name.
   */
  private static List<String> segmentNames(Element element) {
    boolean lenient = isAuthorLink(element);
    List<String> names = new ArrayList<>();
    boolean labelled = false;
    boolean joined = false;
    for (org.jsoup.nodes.TextNode text : textNodes(element)) {
      String segment = Words.squeeze(text.text());
      if (segment.isEmpty()) {
        continue;
      }
      if (BylineNames.isLabel(segment)) {
        labelled = true;
        continue;
      }
      if (!names.isEmpty() && isJoiner(segment)) {
        joined = true;
        continue;
      }
      if (!names.isEmpty() && !joined) {
        break;
      }
      boolean label = labelled;
      String href = element.attr("href").toLowerCase(Locale.ROOT);
      List<String> parsed =
          BylineNames.parse(segment, labelled || lenient, lenient).stream()
              .filter(n -> label || n.contains(" ") || href.contains(n.toLowerCase(Locale.ROOT)))
              .toList();
      if (parsed.isEmpty() && !names.isEmpty()) {
        break;
      }
      names.addAll(parsed);
      labelled = false;
      joined = false;
    }
    return names;
  }

  /**
   * Whether an element is a byline: marked as the author, a link to an author's page, or classed
   * {@code author}, {@code byline} and the like.
   */
  private static boolean isByline(Element element) {
    if (element.attributesSize() == 0) {
      return false;
    }
    String cls = element.className();
    return !cls.isEmpty() && Words.containsAny(cls, BYLINE_CLASS) || isAuthorLink(element);
  }

  /** Whether an element is marked as the author or links to an author's page. */
  private static boolean isAuthorLink(Element element) {
    return element.hasAttr("rel") && element.attr("rel").equalsIgnoreCase("author")
        || element.attr("itemprop").toLowerCase(Locale.ROOT).startsWith("author")
        || element.nameIs("a") && AUTHOR_PAGE.matcher(element.attr("href")).find();
  }

  private static boolean isJoiner(String segment) {
    return segment.matches("(?i)[,&]|,? ?(?:and|und|e|et|y)");
  }

  private static List<org.jsoup.nodes.TextNode> textNodes(Element element) {
    List<org.jsoup.nodes.TextNode> texts = new ArrayList<>();
    org.jsoup.select.NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof org.jsoup.nodes.TextNode text && texts.size() < 12) {
            texts.add(text);
          }
        },
        element);
    return texts;
  }

  /** Whether an element lies in comments, related lists, a menu or a footer. */
  private static boolean isAside(Element element) {
    Element e = element;
    for (int i = 0; i < ANCESTORS && e != null; i++, e = e.parent()) {
      if (ASIDE_TAGS.contains(e.normalName())
          || Words.containsAny(e.className(), ASIDE)
          || Words.containsAny(e.id(), ASIDE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A short line of the article that starts with a byline label ({@code Written by Jane Doe},
   * {@code Text: Max Weber}, {@code Por Agencia EFE}), or a label alone in its element followed by
   * the name ({@code <strong>Autor:</strong> <a>Max Weber</a>}), outside comments, related lists,
   * menus and footers.
   */
  private static Optional<Extracted<List<Author>>> fromLabelledLines(Document document) {
    Element scope = document.selectFirst("article, main, [role=main]");
    for (Element element : (scope == null ? document.body() : scope).getAllElements()) {
      if (!TEXT_BLOCKS.contains(element.normalName())
          && !INLINE_LABELS.contains(element.normalName())) {
        continue;
      }
      String text = PageElements.textUpTo(element, MAX_BYLINE);
      List<String> names;
      if (text.length() <= MAX_LABEL
          && BylineNames.isLabel(text)
          && !CAPITAL_PARTICLE.contains(text)) {
        names = BylineNames.parse(nextText(element), true, false);
      } else if (TEXT_BLOCKS.contains(element.normalName())
          && text.length() <= MAX_BYLINE
          && BylineNames.isLabelled(text)) {
        names = BylineNames.parse(text, true, false);
      } else {
        continue;
      }
      if (names.isEmpty() || isAside(element)) {
        continue;
      }
      List<Author> authors = names.stream().filter(Slug::canMake).map(Author::of).toList();
      if (!authors.isEmpty()) {
        return Optional.of(
            new Extracted<>(authors, Provenance.at(Origin.HTML_ELEMENT, SourceLines.of(element))));
      }
    }
    return Optional.empty();
  }

  /**
   * The text after an element, up to {@value #MAX_BYLINE} characters: its next non-blank sibling,
   * else its parent's or grandparent's.
   */
  private static String nextText(Element element) {
    Element e = element;
    for (int level = 0; level < 3 && e != null; level++, e = e.parent()) {
      for (Node next = e.nextSibling(); next != null; next = next.nextSibling()) {
        String text =
            next instanceof TextNode t
                ? Words.squeeze(t.text())
                : next instanceof Element n ? PageElements.textUpTo(n, MAX_BYLINE) : "";
        if (!text.isEmpty()) {
          return text;
        }
      }
    }
    return "";
  }

  /**
   * A byline written as text near the headline, the first within {@value #AFTER} elements after it
   * or {@value #BEFORE} before it: {@code By Jane Doe}, {@code di Mario Rossi}, {@code Von Anna
   * Schmidt und Max Weber}.
   */
  private static Optional<Extracted<List<Author>>> fromBylineText(PageElements page) {
    for (Element element : page.nearHeadline(BEFORE, AFTER)) {
      String text = PageElements.textUpTo(element, MAX_BYLINE);
      if (text.length() > MAX_BYLINE) {
        continue;
      }
      if (BylineNames.isLabelled(text) && !isAside(element)) {
        List<Author> authors =
            BylineNames.parse(text, true, false).stream()
                .filter(Slug::canMake)
                .map(Author::of)
                .toList();
        if (!authors.isEmpty()) {
          return Optional.of(
              new Extracted<>(
                  authors, Provenance.at(Origin.HTML_ELEMENT, SourceLines.of(element))));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A byline read from the page ends at the site's name, as what follows it is a place ({@code By
   * Jane Doe, BBC News, London}); metadata is kept as it is.
   */
  private static Extracted<List<Author>> withoutSite(
      Extracted<List<Author>> found, List<String> sites) {
    if (found.provenance().origin() != Origin.HTML_ELEMENT) {
      return found;
    }
    List<Author> persons = new ArrayList<>();
    for (Author author : found.value()) {
      if (isSite(author.name(), sites)) {
        break;
      }
      persons.add(author);
    }
    return persons.size() == found.value().size()
        ? found
        : new Extracted<>(List.copyOf(persons), found.provenance());
  }

  /** The names the site goes by: OpenGraph site name, JSON-LD publisher, the host's name. */
  private static List<String> siteNames(Document document, StructuredData ld, MetaTags meta) {
    List<String> names = new ArrayList<>();
    meta.first(List.of("og:site_name")).ifPresent(v -> names.add(v.content()));
    meta.first(List.of("application-name")).ifPresent(v -> names.add(v.content()));
    ld.siteName().ifPresent(names::add);
    String host =
        document.baseUri().replaceFirst("^https?://(www\\.)?", "").replaceFirst("[/:].*", "");
    if (!host.isEmpty()) {
      names.add(host);
      names.add(host.replaceFirst("\\.[a-z]+$", ""));
    }
    return names;
  }

  private static boolean isSite(String name, List<String> sites) {
    String folded = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    for (String site : sites) {
      String s = site.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
      if (!s.isEmpty() && (folded.equals(s) || s.startsWith(folded) && folded.length() >= 3)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The names of a source that the page shows, or empty when it shows none of them. A value that is
   * the site's name as a whole ({@code Jobs & Hire}) is one name, not a list.
   */
  private static Optional<Extracted<List<Author>>> visible(
      List<String> values, String visibleText, List<String> sites, Provenance provenance) {
    Map<String, Author> authors = new LinkedHashMap<>();
    for (String value : values) {
      for (String written : isSite(value, sites) ? List.of(value.strip()) : names(value)) {
        String name =
            Words.containsPhrase(visibleText, written) ? written : withoutCredentials(written);
        if (Slug.canMake(name) && Words.containsPhrase(visibleText, name)) {
          authors.putIfAbsent(name.toLowerCase(Locale.ROOT), Author.of(name));
        }
      }
    }
    return authors.isEmpty()
        ? Optional.empty()
        : Optional.of(new Extracted<>(List.copyOf(authors.values()), provenance));
  }

  /** A name without the credentials after it ({@code Jane Doe, MS} gives Jane Doe). */
  private static String withoutCredentials(String name) {
    int comma = name.indexOf(", ");
    return comma > 0 && BylineNames.isCredentials(name.substring(comma + 2))
        ? name.substring(0, comma)
        : name;
  }

  /**
   * The person names in a metadata value: split on lists, without a leading "By"; credentials stay
   * with the name before them ({@code Jane Doe, MS, RDN}).
   */
  static List<String> names(String value) {
    List<String> names = new ArrayList<>();
    String text = Words.squeeze(value);
    if (text.contains("://") || text.startsWith("@") || text.contains("@")) {
      return names;
    }
    for (String part : SPLIT.split(LEAD.matcher(text).replaceFirst(""))) {
      String name = LEAD.matcher(part.strip()).replaceFirst("").strip();
      if (!names.isEmpty() && BylineNames.isCredentials(name)) {
        names.set(names.size() - 1, names.get(names.size() - 1) + ", " + name);
        continue;
      }
      if (!name.isEmpty()
          && !DIGIT_START.matcher(name).find()
          && name.length() <= MAX_NAME
          && name.chars().anyMatch(Character::isLetter)) {
        names.add(name);
      }
    }
    return names;
  }
}
