package dev.redazione.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * A text as a unit-length vector of its analysed terms weighted by TF-IDF: {@code (1 + ln tf) ·
 * ln(1 + N / df)}, with document frequencies from the index's body field. Two texts about the same
 * news share many of the same rare terms, so the cosine of their vectors is high. Immutable and
 * thread-safe.
 *
 * @param weights each term's weight; the squares sum to 1 (or the map is empty)
 */
record TermWeights(Map<String, Double> weights) {

  TermWeights {
    weights = Map.copyOf(weights);
  }

  /** The weights of a text, against the statistics of this index. */
  static TermWeights of(String text, Analyzer analyzer, IndexReader reader) {
    Map<String, Integer> frequencies = frequencies(text, analyzer);
    Map<String, Double> weights = new HashMap<>();
    double norm = 0;
    int documents = Math.max(1, reader.numDocs());
    try {
      for (Map.Entry<String, Integer> entry : frequencies.entrySet()) {
        int df = Math.max(1, reader.docFreq(new Term(ArticleFields.BODY, entry.getKey())));
        double weight = (1 + Math.log(entry.getValue())) * Math.log(1 + documents / (double) df);
        weights.put(entry.getKey(), weight);
        norm += weight * weight;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read document frequencies", e);
    }
    if (norm == 0) {
      return new TermWeights(Map.of());
    }
    double length = Math.sqrt(norm);
    weights.replaceAll((term, weight) -> weight / length);
    return new TermWeights(weights);
  }

  /** The cosine of the angle between two vectors: 1 for the same terms in the same proportions. */
  double cosine(TermWeights other) {
    Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
    Map<String, Double> large = small == weights ? other.weights : weights;
    double dot = 0;
    for (Map.Entry<String, Double> entry : small.entrySet()) {
      Double weight = large.get(entry.getKey());
      if (weight != null) {
        dot += entry.getValue() * weight;
      }
    }
    return dot;
  }

  /** The number of distinct terms. */
  int size() {
    return weights.size();
  }

  /** The heaviest terms, heaviest first: the ones that best characterise the text. */
  List<String> strongest(int count) {
    return weights.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(count)
        .map(Map.Entry::getKey)
        .collect(Collectors.toList());
  }

  private static Map<String, Integer> frequencies(String text, Analyzer analyzer) {
    Map<String, Integer> counts = new HashMap<>();
    try (TokenStream stream = analyzer.tokenStream(ArticleFields.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        counts.merge(term.toString(), 1, Integer::sum);
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text", e);
    }
    return counts;
  }
}
