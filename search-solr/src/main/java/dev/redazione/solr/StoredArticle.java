package dev.redazione.solr;

import dev.redazione.core.Alias;
import dev.redazione.core.Article;
import dev.redazione.core.Author;
import dev.redazione.core.Body;
import dev.redazione.core.Category;
import dev.redazione.core.FigureCaption;
import dev.redazione.core.Heading;
import dev.redazione.core.Image;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Slug;
import dev.redazione.core.Source;
import dev.redazione.core.SourceFormat;
import dev.redazione.core.Tag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.solr.common.SolrDocument;

/**
 * What a page shows of an article, stored on its document (the {@code a_*} fields of the config
 * set's schema, never searched), and the article read back from them: slug, title, subtitle, dates,
 * authors with their bios, tags, categories, lead image, summary, body (Markdown, HTML, plain text,
 * figure captions, image sources), headings, aliases, source and language. What only the maintainer
 * sees (provenance, removed lines, diagnostics, extra front matter) is not stored. An optional
 * value inside a list is written with a mark: {@code 1} and the value, or {@code 0} for none.
 * Stateless.
 */
final class StoredArticle {

  static final String TITLE = "a_title";
  static final String SUBTITLE = "a_subtitle";
  static final String DATE = "a_date";
  static final String UPDATED = "a_updated";
  static final String AUTHOR_NAME = "a_author_name";
  static final String AUTHOR_BIO = "a_author_bio";
  static final String TAG_NAME = "a_tag_name";
  static final String CATEGORY_NAME = "a_category_name";
  static final String IMAGE = "a_image";
  static final String SUMMARY = "a_summary";
  static final String MARKDOWN = "a_markdown";
  static final String HTML = "a_html";
  static final String TEXT = "a_text";
  static final String CAPTION_SRC = "a_caption_src";
  static final String CAPTION_TEXT = "a_caption_text";
  static final String IMAGE_SOURCE = "a_image_source";
  static final String HEADING_LEVEL = "a_heading_level";
  static final String HEADING_TEXT = "a_heading_text";
  static final String HEADING_ANCHOR = "a_heading_anchor";
  static final String ALIAS = "a_alias";
  static final String FORMAT = "a_format";
  static final String LANGUAGE = "a_language";

  /** The fields a reader asks for to read an article back. */
  static final String FIELDS =
      String.join(
          ",",
          ArticleFields.ID,
          ArticleFields.TAG_KEY,
          ArticleFields.CATEGORY_KEY,
          ArticleFields.SOURCE_PATH,
          "a_*");

  private static final String NONE = "0";
  private static final String SOME = "1";

  private StoredArticle() {}

  /** Adds the stored fields of an article. */
  static void addTo(Map<String, List<Object>> fields, Article article) {
    put(fields, TITLE, List.of(article.title()));
    article.subtitle().ifPresent(s -> put(fields, SUBTITLE, List.of(s)));
    article.date().ifPresent(d -> put(fields, DATE, List.of(d.toIso())));
    article.updated().ifPresent(d -> put(fields, UPDATED, List.of(d.toIso())));
    put(fields, AUTHOR_NAME, map(article.authors(), Author::name));
    put(fields, AUTHOR_BIO, map(article.authors(), a -> optional(a.bio())));
    put(fields, TAG_NAME, map(article.tags(), Tag::name));
    put(fields, CATEGORY_NAME, map(article.categories(), Category::name));
    article
        .image()
        .ifPresent(
            image ->
                put(
                    fields,
                    IMAGE,
                    List.of(image.src(), optional(image.alt()), optional(image.caption()))));
    article.summary().ifPresent(s -> put(fields, SUMMARY, List.of(s)));
    Body body = article.body();
    put(fields, MARKDOWN, List.of(body.markdown()));
    put(fields, HTML, List.of(body.html()));
    put(fields, TEXT, List.of(body.text()));
    put(fields, CAPTION_SRC, map(body.captions(), FigureCaption::src));
    put(fields, CAPTION_TEXT, map(body.captions(), FigureCaption::text));
    put(fields, IMAGE_SOURCE, map(body.imageSources(), s -> s));
    put(fields, HEADING_LEVEL, map(article.headings(), h -> Integer.toString(h.level())));
    put(fields, HEADING_TEXT, map(article.headings(), Heading::text));
    put(fields, HEADING_ANCHOR, map(article.headings(), Heading::anchor));
    put(fields, ALIAS, map(article.aliases(), Alias::path));
    put(fields, FORMAT, List.of(article.report().source().format().name()));
    put(fields, LANGUAGE, List.of(article.language()));
  }

  /** The article a document stores. */
  static Article read(SolrDocument doc) {
    List<String> image = strings(doc, IMAGE);
    Body body =
        new Body(one(doc, MARKDOWN), one(doc, HTML), one(doc, TEXT))
            .withCaptions(zip(doc, CAPTION_SRC, CAPTION_TEXT, FigureCaption::new))
            .withImageSources(strings(doc, IMAGE_SOURCE));
    List<String> levels = strings(doc, HEADING_LEVEL);
    List<String> texts = strings(doc, HEADING_TEXT);
    List<String> anchors = strings(doc, HEADING_ANCHOR);
    List<Heading> headings = new ArrayList<>(levels.size());
    for (int i = 0; i < levels.size(); i++) {
      headings.add(new Heading(Integer.parseInt(levels.get(i)), texts.get(i), anchors.get(i)));
    }
    return Article.builder()
        .slug(new Slug(one(doc, ArticleFields.ID)))
        .title(one(doc, TITLE))
        .subtitle(maybe(doc, SUBTITLE))
        .date(date(doc, DATE))
        .updated(date(doc, UPDATED))
        .authors(zip(doc, AUTHOR_NAME, AUTHOR_BIO, (name, bio) -> Author.of(name, optional(bio))))
        .tags(zip(doc, TAG_NAME, ArticleFields.TAG_KEY, Tag::new))
        .categories(zip(doc, CATEGORY_NAME, ArticleFields.CATEGORY_KEY, Category::new))
        .image(
            image.isEmpty()
                ? null
                : Image.of(image.get(0), optional(image.get(1)), optional(image.get(2))))
        .summary(maybe(doc, SUMMARY))
        .body(body)
        .headings(headings)
        .aliases(strings(doc, ALIAS).stream().map(Alias::new).toList())
        .source(
            new Source(one(doc, ArticleFields.SOURCE_PATH), SourceFormat.valueOf(one(doc, FORMAT))))
        .language(one(doc, LANGUAGE))
        .build();
  }

  private static void put(Map<String, List<Object>> fields, String name, List<String> values) {
    if (!values.isEmpty()) {
      fields.put(name, List.copyOf(values));
    }
  }

  private static <T> List<String> map(List<T> values, Function<T, String> text) {
    return values.stream().map(text).toList();
  }

  private static String optional(Optional<String> value) {
    return value.map(v -> SOME + v).orElse(NONE);
  }

  private static String optional(String marked) {
    return marked.startsWith(SOME) ? marked.substring(SOME.length()) : null;
  }

  private static PublicationDate date(SolrDocument doc, String field) {
    String iso = maybe(doc, field);
    return iso == null ? null : PublicationDate.parse(iso);
  }

  private static String maybe(SolrDocument doc, String field) {
    Object value = doc.getFirstValue(field);
    return value == null ? null : value.toString();
  }

  private static String one(SolrDocument doc, String field) {
    String value = maybe(doc, field);
    if (value == null) {
      throw new IllegalStateException(
          "document `" + doc.getFirstValue(ArticleFields.ID) + "` has no " + field);
    }
    return value;
  }

  private static List<String> strings(SolrDocument doc, String field) {
    Collection<Object> values = doc.getFieldValues(field);
    return values == null ? List.of() : values.stream().map(Object::toString).toList();
  }

  private static <T> List<T> zip(
      SolrDocument doc, String first, String second, BiFunction<String, String, T> make) {
    List<String> a = strings(doc, first);
    List<String> b = strings(doc, second);
    List<T> zipped = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      zipped.add(make.apply(a.get(i), b.get(i)));
    }
    return zipped;
  }
}
