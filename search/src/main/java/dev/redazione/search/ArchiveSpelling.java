package dev.redazione.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * How the archive writes a word of the spelling field, which holds words in lower case: the most
 * common written form ({@code Nadella}, {@code OpenAI}) in the newest articles that have the word.
 * Looked up only for a suggestion, so nothing is kept at indexing. Immutable and thread-safe.
 */
final class ArchiveSpelling {

  /** How many articles with the word are read for its forms. */
  static final int SAMPLED_ARTICLES = 3;

  private final ArticleIndex index;

  /**
   * Words as written: elisions removed, case kept, as the spelling field's words before lower case.
   */
  private final Analyzer written =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          StandardTokenizer source = new StandardTokenizer();
          return new TokenStreamComponents(
              source, new ElisionFilter(source, ItalianTextAnalyzer.ELISIONS));
        }
      };

  ArchiveSpelling(ArticleIndex index) {
    this.index = index;
  }

  /** The archive's form of a lowercase word of the spelling field, if an article has it. */
  Optional<String> of(String word) {
    Map<String, Integer> forms = new LinkedHashMap<>();
    try {
      for (int position : newestWith(word)) {
        count(index.storyText(position), word, forms);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the forms of `" + word + "`", e);
    }
    return forms.entrySet().stream()
        .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
        .map(Map.Entry::getKey);
  }

  /**
   * The archive positions of the {@value #SAMPLED_ARTICLES} newest articles whose spelling field
   * has the word, newest first: the index's buckets do not keep archive order, and a document
   * Lucene refused has no position.
   */
  private int[] newestWith(String word) throws IOException {
    List<Integer> positions = new ArrayList<>();
    for (LeafReaderContext leaf : index.reader().leaves()) {
      Terms terms = leaf.reader().terms(ArticleFields.SPELLING);
      TermsEnum termsEnum = terms == null ? null : terms.iterator();
      if (termsEnum == null || !termsEnum.seekExact(new BytesRef(word))) {
        continue;
      }
      PostingsEnum docs = termsEnum.postings(null, PostingsEnum.NONE);
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        int position = index.position(leaf.docBase + doc);
        if (position >= 0) {
          positions.add(position);
        }
      }
    }
    return positions.stream()
        .mapToInt(Integer::intValue)
        .sorted()
        .limit(SAMPLED_ARTICLES)
        .toArray();
  }

  private void count(String text, String word, Map<String, Integer> forms) throws IOException {
    try (TokenStream stream = written.tokenStream(ArticleFields.SPELLING, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String form = term.toString();
        if (form.toLowerCase(Locale.ROOT).equals(word)) {
          forms.merge(form, 1, Integer::sum);
        }
      }
      stream.end();
    }
  }
}
