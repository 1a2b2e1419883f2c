package dev.redazione.extract.html;

import dev.redazione.core.Author;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.core.PublicationDate;
import dev.redazione.extract.Extracted;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an article out of a saved HTML page. The title, dates and authors come from the page's own
 * metadata — JSON-LD, meta tags, {@code <h1>}, {@code <time>} — each with its provenance; the main
 * content is found with DOM signals (page chrome and furniture classes removed, paragraphs scored
 * by length, commas and link density, Readability-style) and written as canonical Markdown. Every
 * text block left out is recorded with its rule. Instances are stateless, immutable and
 * thread-safe.
 */
public final class HtmlPageExtractor {

  private static final HtmlPageExtractor INSTANCE = new HtmlPageExtractor();
  private static final int FEW_WORDS = 80;

  private HtmlPageExtractor() {}

  /** The extractor. */
  public static HtmlPageExtractor create() {
    return INSTANCE;
  }

  /**
   * Extracts an article from a page.
   *
   * @param path the file's path relative to the content folder, for diagnostics
   * @param html the decoded page; line numbers in the result are 1-based lines of this text
   */
  public HtmlExtraction extract(String path, String html) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(html, "html");
    Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    MetaTags meta = new MetaTags(document);
    StructuredData ld = new StructuredData(document);
    useCanonicalUrl(document, meta);
    Element body = document.body();
    String visibleText = body.text().toLowerCase(Locale.ROOT);

    Optional<TitleChooser.Chosen> chosen = TitleChooser.choose(document, ld, meta);
    Element headline = chosen.map(TitleChooser.Chosen::heading).orElse(null);
    PageElements page = new PageElements(body, headline);
    Optional<Extracted<PublicationDate>> date =
        DateChooser.published(document, ld, meta, headline, page);
    Optional<Extracted<PublicationDate>> updated = DateChooser.modified(document, ld, meta, date);
    Optional<Extracted<List<Author>>> authors =
        AuthorChooser.choose(document, ld, meta, page, visibleText);

    Removals removals = new Removals();
    PagePruner.prune(body, headline, removals);
    TextStats stats = new TextStats(body);
    List<Element> content =
        LeadParagraphs.prepend(ContentScorer.find(body, stats), headline, body, stats);
    removeHeadline(content, headline, chosen.map(c -> c.title().value()), removals);
    ContentCleaner.clean(content, removals);
    ContentLines.clean(
        content,
        authors.map(a -> a.value().stream().map(Author::name).toList()).orElse(List.of()),
        removals);
    recordOutside(body, content, removals);
    String markdown = MarkdownWriter.write(content);

    List<Diagnostic> diagnostics = new ArrayList<>();
    Extracted<String> title =
        chosen
            .map(TitleChooser.Chosen::title)
            .orElseGet(() -> derivedTitle(path, content, diagnostics));
    if (date.isEmpty()) {
      diagnostics.add(
          Diagnostic.info(
              path,
              0,
              DiagnosticCode.NO_DATE.code(),
              "the page gives no publication date: no JSON-LD datePublished, no published-time"
                  + " meta tag and no <time datetime> in the article"));
    }
    int words = Words.count(markdown);
    if (!ld.hasArticle() && !isArticleType(meta) && words < FEW_WORDS) {
      diagnostics.add(
          Diagnostic.warning(
              path,
              0,
              DiagnosticCode.NOT_AN_ARTICLE_PAGE.code(),
              "the page declares no article (no JSON-LD article, og:type is not article) and its"
                  + " main text has "
                  + words
                  + " words; it may be a home, listing or search page"));
    }
    return HtmlExtraction.builder()
        .title(title)
        .subtitle(
            Standfirst.choose(ld, meta, title == null ? "" : title.value(), markdown).orElse(null))
        .date(date.orElse(null))
        .updated(updated.orElse(null))
        .authors(authors.orElse(null))
        .tags(PageTags.choose(ld, meta).orElse(null))
        .image(LeadImage.choose(document, ld, meta).orElse(null))
        .language(language(document))
        .bodyMarkdown(markdown)
        .removed(removals.lines())
        .diagnostics(diagnostics)
        .build();
  }

  /** Resolves relative links against the page's canonical URL when it has no {@code <base>}. */
  private static void useCanonicalUrl(Document document, MetaTags meta) {
    if (document.head().selectFirst("base[href]") != null) {
      return;
    }
    Element canonical = document.head().selectFirst("link[rel=canonical][href]");
    String url =
        canonical != null
            ? canonical.attr("href")
            : meta.first(List.of("og:url")).map(MetaTags.Value::content).orElse("");
    if (url.startsWith("http://") || url.startsWith("https://")) {
      document.setBaseUri(url);
    }
  }

  /** The primary subtag of {@code <html lang>}, lower-cased, when it is a language code. */
  private static String language(Document document) {
    Element html = document.firstElementChild();
    String tag = html == null ? "" : html.attr("lang").strip().toLowerCase(Locale.ROOT);
    String primary = tag.split("[-_]", 2)[0];
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  private static boolean isArticleType(MetaTags meta) {
    return meta.first(List.of("og:type"))
        .map(v -> v.content().toLowerCase(Locale.ROOT).contains("article"))
        .orElse(false);
  }

  /** Takes the headline, and headings repeating the title, out of the content. */
  private static void removeHeadline(
      List<Element> content, Element headline, Optional<String> title, Removals removals) {
    for (Element root : content) {
      for (Element heading : root.select("h1, h2")) {
        boolean same =
            heading == headline
                || title.isPresent() && Words.squeeze(heading.text()).equalsIgnoreCase(title.get());
        if (same && heading.parent() != null) {
          removals.remove(heading, HtmlRule.HEADLINE);
        }
      }
    }
  }

  /** Records the top-level text blocks outside the content. */
  private static void recordOutside(Element body, List<Element> content, Removals removals) {
    Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Element> path = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element element : content) {
      inside.add(element);
      for (Element a = element.parent(); a != null; a = a.parent()) {
        path.add(a);
      }
    }
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element element) || path.contains(element) || element == body) {
              return FilterResult.CONTINUE;
            }
            if (!inside.contains(element)) {
              removals.record(element, HtmlRule.OUTSIDE_CONTENT);
            }
            return FilterResult.SKIP_ENTIRELY;
          }
        },
        body);
  }

  /** The text's first {@code limit} characters, cut back to the last space when it has one. */
  private static String cutAtWord(String text, int limit) {
    int space = text.lastIndexOf(' ', limit);
    return text.substring(0, space > 0 ? space : limit);
  }

  /** A title made from the content's first sentence, with a {@code MISSING_TITLE} warning. */
  private static Extracted<String> derivedTitle(
      String path, List<Element> content, List<Diagnostic> diagnostics) {
    for (Element root : content) {
      for (Element p : root.select("p, li, div")) {
        String text = Words.squeeze(p.ownText());
        if (text.length() >= 20) {
          String sentence = text.split("(?<=[.!?])\\s", 2)[0];
          String derived = sentence.length() <= 100 ? sentence : cutAtWord(sentence, 100) + " …";
          int line = SourceLines.of(p);
          diagnostics.add(
              Diagnostic.warning(
                  path,
                  line,
                  DiagnosticCode.MISSING_TITLE.code(),
                  "the page has no <h1>, no <title> and no title metadata; the title `"
                      + derived
                      + "` was derived from the first sentence (line "
                      + line
                      + ")"));
          return new Extracted<>(derived, Provenance.at(Origin.DERIVED, line));
        }
      }
    }
    diagnostics.add(
        Diagnostic.warning(
            path,
            0,
            DiagnosticCode.NO_TEXT.code(),
            "the page has no title and no text to take a title from"));
    return null;
  }
}
