package dev.redazione.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The analysed terms a query looks for, in any full-text field, and the prefixes it expands: what a
 * highlighter marks. Immutable and thread-safe.
 */
final class QueryTerms {

  private final Set<String> terms;
  private final List<ByteRunAutomaton> patterns;

  private QueryTerms(Set<String> terms, List<ByteRunAutomaton> patterns) {
    this.terms = Set.copyOf(terms);
    this.patterns = List.copyOf(patterns);
  }

  /** The terms of this query, excluding those under a {@code MUST_NOT} clause. */
  static QueryTerms of(Query query) {
    Set<String> terms = new HashSet<>();
    List<ByteRunAutomaton> patterns = new ArrayList<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query source, Term... found) {
            for (Term term : found) {
              terms.add(term.text());
            }
          }

          @Override
          public void consumeTermsMatching(
              Query source, String field, Supplier<ByteRunAutomaton> automaton) {
            patterns.add(automaton.get());
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
          }
        });
    return new QueryTerms(terms, patterns);
  }

  /** Whether an analysed term is one the query looks for. */
  boolean matches(String term) {
    if (terms.contains(term)) {
      return true;
    }
    if (patterns.isEmpty()) {
      return false;
    }
    BytesRef bytes = new BytesRef(term);
    for (ByteRunAutomaton pattern : patterns) {
      if (pattern.run(bytes.bytes, bytes.offset, bytes.length)) {
        return true;
      }
    }
    return false;
  }
}
