package dev.redazione.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Articles grouped by a term (tag, category, author), with each term displayed in its most common
 * spelling. Built once from articles already in archive order; immutable afterwards. Of several
 * terms with the same display name, {@code preference} picks the one shown (e.g. an author with a
 * bio).
 */
final class TermIndex<T> {

  private final Map<String, List<Article>> articlesByKey;
  private final Map<String, T> termByKey;
  private final List<TermCount<T>> counts;

  TermIndex(
      List<Article> articles,
      Function<Article, List<T>> termsOf,
      Function<T, String> keyOf,
      Function<T, String> nameOf,
      Comparator<T> preference) {
    Map<String, List<Article>> byKey = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> spellings = new HashMap<>();
    Map<String, T> bestByName = new HashMap<>();
    for (Article article : articles) {
      for (T term : termsOf.apply(article)) {
        String key = keyOf.apply(term);
        String name = nameOf.apply(term);
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(article);
        spellings.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(name, 1, Integer::sum);
        bestByName.merge(name, term, (a, b) -> preference.compare(b, a) < 0 ? b : a);
      }
    }
    Map<String, T> canonical = new HashMap<>();
    spellings.forEach((key, counted) -> canonical.put(key, bestByName.get(mostCommon(counted))));
    List<TermCount<T>> termCounts = new ArrayList<>();
    byKey.forEach((key, list) -> termCounts.add(new TermCount<>(canonical.get(key), list.size())));
    termCounts.sort(
        Comparator.<TermCount<T>>comparingInt(TermCount::count)
            .reversed()
            .thenComparing(c -> keyOf.apply(c.term())));
    Map<String, List<Article>> frozen = new HashMap<>();
    byKey.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
    this.articlesByKey = Map.copyOf(frozen);
    this.termByKey = Map.copyOf(canonical);
    this.counts = List.copyOf(termCounts);
  }

  /** Picks the spelling used most often; a tie goes to the spelling seen first (newest article). */
  private static String mostCommon(Map<String, Integer> counted) {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> entry : counted.entrySet()) {
      if (entry.getValue() > bestCount) {
        best = entry.getKey();
        bestCount = entry.getValue();
      }
    }
    return best;
  }

  List<Article> articles(String key) {
    return articlesByKey.getOrDefault(key, List.of());
  }

  Optional<T> term(String key) {
    return Optional.ofNullable(termByKey.get(key));
  }

  List<TermCount<T>> counts() {
    return counts;
  }
}
