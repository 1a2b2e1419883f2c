package dev.redazione.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.util.BytesRef;

/**
 * The term ids of {@link StoryVectors}: each analysed term of a story gets the next id the first
 * time it is seen. Shared by the vectors of a full pass and of every update after it, so that an
 * unchanged article keeps its vector; only ever grows, and a full pass starts a new one.
 * Thread-safe.
 */
final class StoryVocabulary {

  private final Map<BytesRef, Integer> ids = new HashMap<>();
  private String[] terms = new String[1024];

  /** The id of this term, given it now if it has none. */
  synchronized int id(BytesRef term) {
    Integer id = ids.get(term);
    if (id == null) {
      id = ids.size();
      ids.put(BytesRef.deepCopyOf(term), id);
      if (id == terms.length) {
        terms = Arrays.copyOf(terms, terms.length * 2);
      }
      terms[id] = term.utf8ToString();
    }
    return id;
  }

  /** The analysed text of a term id. */
  synchronized String term(int id) {
    return terms[id];
  }

  /** The number of ids given so far. */
  synchronized int size() {
    return ids.size();
  }
}
