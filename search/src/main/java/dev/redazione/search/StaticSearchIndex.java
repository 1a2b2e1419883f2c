package dev.redazione.search;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Author;
import dev.redazione.core.Heading;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The search of a static export, which has no server to ask: a prebuilt index of an archive that
 * ships with the site, and the script that searches it in the browser ({@link #script()}).
 *
 * <p>The index holds, for every term the server's Italian analysis gives, which articles have it
 * and how much it weighs in each (BM25 over the fields, a title match weighing most, as on the
 * server), and for every article what a result shows: path, title, date and a teaser. It also
 * carries the analysis tables the script needs (stop words, elided words, accent folding), written
 * from the server's own analysis, so the browser analyses words exactly as the server does. The
 * format is described in {@code docs/SEARCH.md}. Stateless and thread-safe.
 */
public final class StaticSearchIndex {

  /** The version of the index format; the script refuses another. */
  static final int FORMAT = 1;

  /** Characters of an article's teaser in the index. */
  static final int TEASER_LENGTH = 160;

  /** The weight scale of a posting: one character of {@link PostingCodec}'s alphabet. */
  private static final int WEIGHT_LEVELS = 63;

  private static final double K1 = 1.2;
  private static final double B = 0.75;
  private static final double MAX_SATURATION = K1 + 1;

  private static final List<String> FIELDS =
      List.of(
          ArticleFields.TITLE,
          ArticleFields.SUBTITLE,
          ArticleFields.HEADINGS,
          ArticleFields.BODY,
          ArticleFields.TAGS,
          ArticleFields.AUTHORS);

  private static final Analyzer ANALYZER = new ItalianTextAnalyzer();

  private StaticSearchIndex() {}

  /** The index of an archive as UTF-8 JSON, articles in the archive's order. */
  public static byte[] of(Archive archive) {
    Objects.requireNonNull(archive, "archive");
    List<Article> articles = archive.articles();
    List<Map<String, Map<String, Integer>>> counts = new ArrayList<>(articles.size());
    List<Map<String, Integer>> lengths = new ArrayList<>(articles.size());
    Map<String, Double> totalLength = new HashMap<>();
    for (Article article : articles) {
      Map<String, Map<String, Integer>> perField = new HashMap<>();
      Map<String, Integer> length = new HashMap<>();
      for (String field : FIELDS) {
        List<String> terms = terms(fieldText(article, field));
        length.put(field, terms.size());
        totalLength.merge(field, (double) terms.size(), Double::sum);
        Map<String, Integer> tf = new HashMap<>();
        terms.forEach(term -> tf.merge(term, 1, Integer::sum));
        perField.put(field, tf);
      }
      counts.add(perField);
      lengths.add(length);
    }
    int n = Math.max(1, articles.size());
    Map<String, StringBuilder> postings = new TreeMap<>();
    Map<String, Integer> lastDoc = new HashMap<>();
    for (int doc = 0; doc < articles.size(); doc++) {
      Map<String, Double> weighted = new HashMap<>();
      for (String field : FIELDS) {
        int length = lengths.get(doc).get(field);
        if (length == 0) {
          continue;
        }
        double norm = 1 - B + B * length / (totalLength.get(field) / n);
        double boost = ArticleFields.WEIGHTS.get(field);
        counts
            .get(doc)
            .get(field)
            .forEach((term, tf) -> weighted.merge(term, boost * tf / norm, Double::sum));
      }
      for (Map.Entry<String, Double> entry : weighted.entrySet()) {
        double tf = entry.getValue();
        double saturation = tf * (K1 + 1) / (tf + K1);
        int weight =
            (int)
                Math.max(
                    1,
                    Math.min(
                        WEIGHT_LEVELS, Math.round(saturation / MAX_SATURATION * WEIGHT_LEVELS)));
        String term = entry.getKey();
        int previous = lastDoc.getOrDefault(term, -1);
        StringBuilder list = postings.computeIfAbsent(term, t -> new StringBuilder());
        PostingCodec.appendNumber(list, doc - previous - 1);
        PostingCodec.appendDigit(list, weight);
        lastDoc.put(term, doc);
      }
    }
    return write(articles, postings).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The terms the server's analysis gives for a text, in order: what the index holds for it and
   * what the browser's script must give too.
   */
  public static List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = ANALYZER.tokenStream(ArticleFields.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text", e);
    }
    return terms;
  }

  /** The script that searches the index in the browser: plain JavaScript, no dependencies. */
  public static byte[] script() {
    try (InputStream in = StaticSearchIndex.class.getResourceAsStream("cerca.js")) {
      if (in == null) {
        throw new IllegalStateException("resource cerca.js is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cerca.js", e);
    }
  }

  private static String fieldText(Article article, String field) {
    return switch (field) {
      case ArticleFields.TITLE -> article.title();
      case ArticleFields.SUBTITLE -> ArticleFields.subtitleText(article);
      case ArticleFields.HEADINGS -> joined(article.headings(), Heading::text);
      case ArticleFields.BODY -> article.body().text();
      case ArticleFields.TAGS -> joined(article.tags(), Tag::name);
      case ArticleFields.AUTHORS -> joined(article.authors(), Author::name);
      default -> throw new IllegalArgumentException("unknown field " + field);
    };
  }

  private static <T> String joined(List<T> values, Function<T, String> text) {
    return values.stream().map(text).collect(Collectors.joining("\n"));
  }

  private static String write(List<Article> articles, Map<String, StringBuilder> postings) {
    StringBuilder json = new StringBuilder(64 * 1024);
    json.append("{\"format\":").append(FORMAT).append(",\"analysis\":");
    AnalysisTables.appendJson(json);
    json.append(",\"articles\":[");
    for (int i = 0; i < articles.size(); i++) {
      Article article = articles.get(i);
      json.append(i == 0 ? "[" : ",[");
      Json.string(json, article.slug().value()).append(',');
      Json.string(json, article.title()).append(',');
      Json.string(json, article.date().map(PublicationDate::toIso).orElse("")).append(',');
      Json.string(json, article.date().map(PublicationDate::toItalian).orElse("")).append(',');
      Json.string(json, teaser(article)).append(']');
    }
    json.append("],\"terms\":[");
    boolean first = true;
    for (String term : postings.keySet()) {
      json.append(first ? "" : ",");
      Json.string(json, term);
      first = false;
    }
    json.append("],\"postings\":[");
    first = true;
    for (StringBuilder list : postings.values()) {
      json.append(first ? "\"" : ",\"").append(list).append('"');
      first = false;
    }
    return json.append("]}").toString();
  }

  /** The subtitle, else the summary, else the body's opening, cut at a word near the limit. */
  static String teaser(Article article) {
    String text =
        article
            .subtitle()
            .filter(s -> !s.isBlank())
            .or(() -> article.summary().filter(s -> !s.isBlank()))
            .orElse(article.body().text())
            .strip()
            .replaceAll("\\s+", " ");
    if (text.length() <= TEASER_LENGTH) {
      return text;
    }
    int cut = text.lastIndexOf(' ', TEASER_LENGTH);
    return text.substring(0, cut > TEASER_LENGTH / 2 ? cut : TEASER_LENGTH) + "…";
  }
}
