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
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses a page's authors from its metadata, in this order: the JSON-LD article's {@code author}
 * (text, object, reference or list of these); the author meta tags ({@code author}, {@code
 * article:author}, {@code parsely-author}, {@code sailthru.author}, {@code dc.creator}, {@code
 * byl}, …); elements marked {@code itemprop="author"} or {@code rel="author"}. The first source
 * naming someone the page shows to readers wins, with only the names it shows: metadata also
 * carries names nobody reading the page would take for its author (SEO accounts, agencies, user
 * ids), and an author is never invented. Stateless and thread-safe.
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
      Pattern.compile("(?i)^(?:by|von|por|par|di|de|door|av|written by|text:?|autore:?|author:?)\\s+");
  private static final int MAX_NAME = 60;

  private AuthorChooser() {}

  /**
   * The authors.
   *
   * @param visibleText the lower-cased text of the page as a reader sees it
   */
  static Optional<Extracted<List<Author>>> choose(
      Document document, StructuredData ld, MetaTags meta, String visibleText) {
    Optional<Extracted<List<Author>>> fromLd =
        visible(ld.authors(), visibleText, Provenance.at(Origin.HTML_JSON_LD, ld.line()));
    if (fromLd.isPresent()) {
      return fromLd;
    }
    for (String name : META_NAMES) {
      for (MetaTags.Value value : meta.all(name)) {
        Optional<Extracted<List<Author>>> found =
            visible(
                List.of(value.content()), visibleText, Provenance.at(Origin.HTML_META, value.line()));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    for (Element element : document.select("[itemprop=author], [rel=author], [rel=author] a")) {
      Element name = element.selectFirst("[itemprop=name]");
      String text = name != null ? name.text() : element.text();
      if (name != null && name.hasAttr("content")) {
        text = name.attr("content");
      }
      Optional<Extracted<List<Author>>> found =
          visible(
              List.of(text),
              visibleText,
              Provenance.at(Origin.HTML_ELEMENT, SourceLines.of(element)));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The names of a source that the page shows, or empty when it shows none of them. */
  private static Optional<Extracted<List<Author>>> visible(
      List<String> values, String visibleText, Provenance provenance) {
    Map<String, Author> authors = new LinkedHashMap<>();
    for (String value : values) {
      for (String name : names(value)) {
        if (Slug.canMake(name) && Words.containsPhrase(visibleText, name)) {
          authors.putIfAbsent(name.toLowerCase(Locale.ROOT), Author.of(name));
        }
      }
    }
    return authors.isEmpty()
        ? Optional.empty()
        : Optional.of(new Extracted<>(List.copyOf(authors.values()), provenance));
  }

  /** The person names in a metadata value: split on lists, without a leading "By". */
  static List<String> names(String value) {
    List<String> names = new ArrayList<>();
    String text = Words.squeeze(value);
    if (text.contains("://") || text.startsWith("@") || text.contains("@")) {
      return names;
    }
    for (String part : SPLIT.split(LEAD.matcher(text).replaceFirst(""))) {
      String name = LEAD.matcher(part.strip()).replaceFirst("").strip();
      if (!name.isEmpty()
          && name.length() <= MAX_NAME
          && name.chars().anyMatch(Character::isLetter)) {
        names.add(name);
      }
    }
    return names;
  }
}
