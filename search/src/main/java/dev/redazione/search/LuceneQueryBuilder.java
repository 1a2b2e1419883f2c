package dev.redazione.search;

import dev.redazione.core.search.UserQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link UserQuery} into a Lucene query: every word or phrase must match in some field (the
 * best field counts, with the weights of {@link ArticleFields#WEIGHTS}); the last word also matches
 * as a prefix, for a visitor still typing it. Words that are only stop words are dropped. Immutable
 * and thread-safe.
 */
final class LuceneQueryBuilder {

  /** The shortest typed prefix expanded: shorter ones would match most of the index. */
  static final int MIN_PREFIX_LENGTH = 3;

  private static final float TIE_BREAKER = 0.2f;
  private static final float PREFIX_BOOST = 0.5f;

  private final QueryBuilder builder;
  private final Analyzer prefixAnalyzer = new SurfaceWordAnalyzer(true);

  LuceneQueryBuilder(Analyzer analyzer) {
    this.builder = new QueryBuilder(analyzer);
  }

  /** The query for what the visitor typed; empty when nothing is left to search for. */
  Optional<Query> build(UserQuery userQuery) {
    List<Query> required = new ArrayList<>();
    List<Query> optional = new ArrayList<>();
    List<UserQuery.Part> parts = userQuery.parts();
    for (int i = 0; i < parts.size(); i++) {
      UserQuery.Part part = parts.get(i);
      Query exact = acrossFields(part.text());
      boolean open = userQuery.endsWithWord() && i == parts.size() - 1;
      Query prefix = open ? prefix(part.text()) : null;
      if (exact != null && prefix != null) {
        required.add(
            new BooleanQuery.Builder().add(exact, Occur.SHOULD).add(prefix, Occur.SHOULD).build());
      } else if (exact != null) {
        required.add(exact);
      } else if (prefix != null) {
        optional.add(prefix);
      }
    }
    if (required.isEmpty() && optional.isEmpty()) {
      return Optional.empty();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    required.forEach(q -> query.add(q, Occur.MUST));
    optional.forEach(q -> query.add(q, required.isEmpty() ? Occur.MUST : Occur.SHOULD));
    return Optional.of(query.build());
  }

  private Query acrossFields(String text) {
    List<Query> perField = new ArrayList<>();
    for (Map.Entry<String, Float> field : ArticleFields.WEIGHTS.entrySet()) {
      Query query = builder.createPhraseQuery(field.getKey(), text);
      if (query != null) {
        perField.add(new BoostQuery(query, field.getValue()));
      }
    }
    return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, TIE_BREAKER);
  }

  private Query prefix(String word) {
    String prefix = lastToken(word);
    if (prefix.length() < MIN_PREFIX_LENGTH) {
      return null;
    }
    List<Query> perField = new ArrayList<>();
    for (String field : List.of(ArticleFields.TITLE, ArticleFields.BODY, ArticleFields.TAGS)) {
      float weight = ArticleFields.WEIGHTS.get(field) * PREFIX_BOOST;
      perField.add(new BoostQuery(new PrefixQuery(new Term(field, prefix)), weight));
    }
    return new DisjunctionMaxQuery(perField, TIE_BREAKER);
  }

  private String lastToken(String word) {
    String last = "";
    try (TokenStream stream = prefixAnalyzer.tokenStream(ArticleFields.BODY, word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        last = term.toString();
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse `" + word + "`", e);
    }
    return last;
  }
}
