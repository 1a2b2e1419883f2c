package dev.redazione.solr;

import dev.redazione.core.search.SearchQuery;
import dev.redazione.core.search.UserQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The Solr request for a {@link SearchQuery}, built to rank as the in-memory backend does: every
 * word or phrase must match in some field, the best field counting ({@code edismax} over the
 * weighted fields, tie 0.2); the last word also matches as a prefix from 3 characters (title, body
 * and tags at half weight); words that are only stop words are dropped. What the visitor typed only
 * ever reaches Solr escaped, as the value of a parameter. Stateless.
 */
final class SearchParams {

  static final int MIN_PREFIX_LENGTH = 3;

  private static final String TIE = "0.2";
  private static final String PASSAGE_CHARS = "160";
  private static final String TAG_FILTER = "tags";
  private static final String YEAR_FILTER = "years";

  private SearchParams() {}

  /** The request for the query; empty when nothing is left to search for. */
  static Optional<ModifiableSolrParams> of(SearchQuery query) {
    UserQuery typed = UserQuery.parse(query.text());
    ModifiableSolrParams params = new ModifiableSolrParams();
    List<String> required = new ArrayList<>();
    List<String> optional = new ArrayList<>();
    List<UserQuery.Part> parts = typed.parts();
    for (int i = 0; i < parts.size(); i++) {
      UserQuery.Part part = parts.get(i);
      boolean exact = !SurfaceWords.onlyStopWords(part.text());
      if (exact) {
        String text = ClientUtils.escapeQueryChars(part.text());
        params.set("t" + i, part.phrase() ? "\"" + text + "\"" : text);
        params.set("e" + i, "{!edismax v=$t" + i + "}");
      }
      String prefix = typed.endsWithWord() && i == parts.size() - 1 ? prefix(part.text()) : "";
      if (!prefix.isEmpty()) {
        params.set("prefix", prefixQuery(prefix));
      }
      if (exact && !prefix.isEmpty()) {
        params.set("w" + i, "{!bool should=$e" + i + " should=$prefix}");
        required.add("w" + i);
      } else if (exact) {
        required.add("e" + i);
      } else if (!prefix.isEmpty()) {
        optional.add("prefix");
      }
    }
    if (required.isEmpty() && optional.isEmpty()) {
      return Optional.empty();
    }
    String occur = required.isEmpty() ? "must" : "should";
    params.set(
        "q",
        "{!bool "
            + required.stream().map(p -> "must=$" + p).collect(Collectors.joining(" "))
            + optional.stream().map(p -> " " + occur + "=$" + p).collect(Collectors.joining())
            + "}");
    params.set("qf", ArticleFields.WEIGHTED_FIELDS);
    params.set("tie", TIE);
    params.set("mm", "100%");
    params.set("sow", true);
    params.set("fl", ArticleFields.ID + ",score");
    params.set(
        "sort", "score desc," + ArticleFields.DATE_START + " desc," + ArticleFields.ID + " asc");
    params.set("start", (query.page() - 1) * query.pageSize());
    params.set("rows", query.pageSize());
    filters(query, params);
    facets(params);
    highlighting(params);
    spelling(typed, params);
    return Optional.of(params);
  }

  private static String prefix(String word) {
    String last = SurfaceWords.lastFolded(word);
    return last.length() < MIN_PREFIX_LENGTH ? "" : last;
  }

  private static String prefixQuery(String prefix) {
    String term = ClientUtils.escapeQueryChars(prefix) + "*";
    return "{!maxscore tie="
        + TIE
        + "}"
        + ArticleFields.TITLE
        + ":"
        + term
        + "^1.5 "
        + ArticleFields.BODY
        + ":"
        + term
        + "^0.5 "
        + ArticleFields.TAGS
        + ":"
        + term
        + "^1";
  }

  private static void filters(SearchQuery query, ModifiableSolrParams params) {
    for (String tag : query.tags()) {
      params.add("fq", "{!term f=" + ArticleFields.TAG_KEY + " tag=" + TAG_FILTER + "}" + tag);
    }
    if (!query.years().isEmpty()) {
      params.add(
          "fq",
          "{!tag="
              + YEAR_FILTER
              + "}"
              + ArticleFields.YEAR
              + ":("
              + query.years().stream().map(String::valueOf).collect(Collectors.joining(" OR "))
              + ")");
    }
  }

  /** Drill-sideways counts: tag counts ignore the tag filters, year counts the year filter. */
  private static void facets(ModifiableSolrParams params) {
    params.set("facet", true);
    params.add("facet.field", "{!ex=" + TAG_FILTER + "}" + ArticleFields.TAG_KEY);
    params.add("facet.field", "{!ex=" + YEAR_FILTER + "}" + ArticleFields.YEAR);
    params.set("facet.mincount", 1);
    params.set("facet.limit", -1);
  }

  private static void highlighting(ModifiableSolrParams params) {
    params.set("hl", true);
    params.set("hl.method", "unified");
    params.set("hl.fl", ArticleFields.TITLE + "," + ArticleFields.BODY);
    params.set("hl.tag.pre", String.valueOf(ArticleFields.MARK_OPEN));
    params.set("hl.tag.post", String.valueOf(ArticleFields.MARK_CLOSE));
    params.set("hl.snippets", 1);
    params.set("hl.fragsize", PASSAGE_CHARS);
    params.set("hl.bs.type", "SENTENCE");
    params.set("hl.bs.language", "it");
    params.set("f." + ArticleFields.TITLE + ".hl.bs.type", "WHOLE");
    params.set("hl.defaultSummary", true);
  }

  private static void spelling(UserQuery typed, ModifiableSolrParams params) {
    params.set("spellcheck", true);
    params.set("spellcheck.q", String.join(" ", typed.words()));
    params.set("spellcheck.count", 1);
  }
}
