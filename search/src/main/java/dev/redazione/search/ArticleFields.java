package dev.redazione.search;

import dev.redazione.core.Article;
import dev.redazione.core.Author;
import dev.redazione.core.Heading;
import dev.redazione.core.Tag;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * The fields of an article in the index and how a document is made from an article. Title,
 * subtitle, headings and body keep offsets in their postings, for fast highlighting. Stateless.
 */
final class ArticleFields {

  static final String TITLE = "title";
  static final String SUBTITLE = "subtitle";
  static final String HEADINGS = "headings";
  static final String BODY = "body";
  static final String TAGS = "tags";
  static final String AUTHORS = "authors";

  /** Surface words of title and body, accents kept, for spelling suggestions. */
  static final String SPELLING = "spelling";

  /** Tag keys, exact, for filters and tag facets. */
  static final String TAG_KEY = "tag";

  /**
   * The year of the date, exact, for filters, with doc values for year facets; 0 when undated
   * (Lucene wants a field indexed the same way in every document).
   */
  static final String YEAR = "year";

  /** The article's index in its {@link IndexBucket}, to find it back. */
  static final String LOCAL = "local";

  /** Full-text fields with their boost: a match in the title counts most. */
  static final Map<String, Float> WEIGHTS =
      Map.of(TITLE, 3f, SUBTITLE, 2f, HEADINGS, 1.5f, BODY, 1f, TAGS, 2f, AUTHORS, 2f);

  private ArticleFields() {}

  /** The analyzer for every field: Italian analysis, surface words for the spelling field. */
  static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        new ItalianTextAnalyzer(), Map.of(SPELLING, new SurfaceWordAnalyzer(false)));
  }

  /** The text of the subtitle field: the subtitle and the summary, when the article has them. */
  static String subtitleText(Article article) {
    return article.subtitle().orElse("") + "\n" + article.summary().orElse("");
  }

  /** The text the near-duplicate and related-article analysis compares: title and body. */
  static String storyText(Article article, String bodyText) {
    return article.title() + "\n\n" + bodyText;
  }

  /** A document for the article at this index in its {@link IndexBucket}, with this body text. */
  static Document document(Article article, String bodyText, int local) {
    Document doc = new Document();
    doc.add(new TextField(TITLE, article.title(), Field.Store.NO));
    doc.add(new TextField(SUBTITLE, subtitleText(article), Field.Store.NO));
    doc.add(new TextField(HEADINGS, joined(article.headings(), Heading::text), Field.Store.NO));
    doc.add(new TextField(BODY, bodyText, Field.Store.NO));
    doc.add(new TextField(TAGS, joined(article.tags(), Tag::name), Field.Store.NO));
    doc.add(new TextField(AUTHORS, joined(article.authors(), Author::name), Field.Store.NO));
    doc.add(new TextField(SPELLING, storyText(article, bodyText), Field.Store.NO));
    for (Tag tag : article.tags()) {
      doc.add(new StringField(TAG_KEY, tag.key(), Field.Store.NO));
      doc.add(new SortedSetDocValuesField(TAG_KEY, new BytesRef(tag.key())));
    }
    int year = article.date().map(d -> d.year()).orElse(0);
    doc.add(new StringField(YEAR, Integer.toString(year), Field.Store.NO));
    doc.add(new NumericDocValuesField(YEAR, year));
    doc.add(new NumericDocValuesField(LOCAL, local));
    return doc;
  }

  private static <T> String joined(List<T> values, Function<T, String> text) {
    return values.stream().map(text).collect(Collectors.joining("\n"));
  }
}
