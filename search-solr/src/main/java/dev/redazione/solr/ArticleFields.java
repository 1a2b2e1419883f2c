package dev.redazione.solr;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Author;
import dev.redazione.core.Category;
import dev.redazione.core.Heading;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Tag;
import dev.redazione.core.search.RelatedArticle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.solr.common.SolrInputDocument;

/**
 * The fields of an article in the collection (declared in the config set's {@code schema.xml}) and
 * how a document is made from an article. Stateless.
 */
final class ArticleFields {

  static final String ID = "id";
  static final String TITLE = "title";
  static final String SUBTITLE = "subtitle";
  static final String HEADINGS = "headings";
  static final String BODY = "body";
  static final String TAGS = "tags";
  static final String AUTHORS = "authors";
  static final String TAG_KEY = "tag";
  static final String CATEGORY_KEY = "category";
  static final String AUTHOR_KEY = "author";
  static final String TAG_SHOWN = "tag_shown";
  static final String CATEGORY_SHOWN = "category_shown";
  static final String AUTHOR_SHOWN = "author_shown";
  static final String MONTH = "month";
  static final String ORDER = "order";
  static final String YEAR = "year";
  static final String DATE_START = "date_start";
  static final String CONTENT_HASH = "content_hash";
  static final String SOURCE_PATH = "source_path";

  /** The articles on the same story, each as {@code slug<TAB>reason}, most similar first. */
  static final String SAME_STORY = "same_story";

  static final char SAME_STORY_SEPARATOR = '\t';

  /** Full-text fields with their boosts, as the in-memory backend weighs them. */
  static final String WEIGHTED_FIELDS = "title^3 subtitle^2 headings^1.5 body^1 tags^2 authors^2";

  /** The characters that mark highlighted words in the highlighter's output; kept out of text. */
  static final char MARK_OPEN = '\uE000';

  static final char MARK_CLOSE = '\uE001';

  private ArticleFields() {}

  /**
   * The document of an article, with the hash of all its other fields.
   *
   * @param sameStory the other articles on the same story, with their reasons
   * @param archive the archive indexed, whose spelling of each term the site shows
   */
  static SolrInputDocument document(
      Article article, List<RelatedArticle> sameStory, Archive archive) {
    Map<String, List<Object>> fields = new TreeMap<>();
    fields.put(ID, List.of(article.slug().value()));
    fields.put(TITLE, List.of(text(article.title())));
    fields.put(
        SUBTITLE,
        List.of(text(article.subtitle().orElse("") + "\n" + article.summary().orElse(""))));
    fields.put(HEADINGS, List.of(text(joined(article.headings(), Heading::text))));
    fields.put(BODY, List.of(text(article.body().text())));
    fields.put(TAGS, List.of(text(joined(article.tags(), Tag::name))));
    fields.put(AUTHORS, List.of(text(joined(article.authors(), Author::name))));
    fields.put(SOURCE_PATH, List.of(article.report().source().path()));
    if (!sameStory.isEmpty()) {
      fields.put(
          SAME_STORY,
          List.copyOf(
              sameStory.stream()
                  .map(r -> r.article().slug().value() + SAME_STORY_SEPARATOR + r.reason())
                  .toList()));
    }
    terms(
        fields,
        TAG_KEY,
        TAG_SHOWN,
        article.tags(),
        Tag::key,
        t -> archive.findTag(t.key()),
        ShownTerms::of);
    terms(
        fields,
        CATEGORY_KEY,
        CATEGORY_SHOWN,
        article.categories(),
        Category::key,
        c -> archive.findCategory(c.key()),
        ShownTerms::of);
    terms(
        fields,
        AUTHOR_KEY,
        AUTHOR_SHOWN,
        article.authors(),
        Author::key,
        a -> archive.findAuthor(a.key()),
        ShownTerms::of);
    article
        .date()
        .ifPresent(
            date -> {
              fields.put(YEAR, List.of(date.year()));
              fields.put(DATE_START, List.of(start(date)));
              date.yearMonth().ifPresent(month -> fields.put(MONTH, List.of(month.toString())));
            });
    fields.put(ORDER, List.of(ArchiveOrder.key(article)));
    StoredArticle.addTo(fields, article);
    SolrInputDocument document = new SolrInputDocument();
    fields.forEach((name, values) -> values.forEach(v -> document.addField(name, v)));
    document.addField(CONTENT_HASH, hash(fields));
    return document;
  }

  /**
   * The keys of an article's terms, and each term as the whole archive shows it (an article the
   * archive does not show the term for keeps its own spelling).
   */
  private static <T> void terms(
      Map<String, List<Object>> fields,
      String keyField,
      String shownField,
      List<T> terms,
      Function<T, String> key,
      Function<T, Optional<T>> shown,
      Function<T, String> shownValue) {
    if (!terms.isEmpty()) {
      fields.put(keyField, List.copyOf(terms.stream().map(key).toList()));
      fields.put(
          shownField,
          List.copyOf(
              terms.stream().map(t -> shownValue.apply(shown.apply(t).orElse(t))).toList()));
    }
  }

  /** The hash of the field values, in field order: equal for equal documents. */
  private static String hash(Map<String, List<Object>> fields) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      fields.forEach(
          (name, values) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            for (Object value : values) {
              digest.update((byte) 0);
              digest.update(value.toString().getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) 1);
          });
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private static long start(PublicationDate date) {
    return date.start().toEpochSecond(date.offset().orElse(ZoneOffset.UTC));
  }

  /** The text without the highlighter's mark characters, so no text can forge a mark. */
  private static String text(String text) {
    return text.indexOf(MARK_OPEN) < 0 && text.indexOf(MARK_CLOSE) < 0
        ? text
        : text.replace(MARK_OPEN, ' ').replace(MARK_CLOSE, ' ');
  }

  private static <T> String joined(List<T> values, Function<T, String> text) {
    return values.stream().map(text).collect(Collectors.joining("\n"));
  }
}
