package dev.redazione.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class ItalianTextAnalyzerTest {

  private final Analyzer analyzer = new ItalianTextAnalyzer();

  private List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return terms;
  }

  @Test
  void removesElisionWithTypographicApostrophe() {
    assertThat(terms("l’accordo")).isEqualTo(terms("accordo")).hasSize(1);
  }

  @Test
  void removesElisionWithStraightApostrophe() {
    assertThat(terms("l'accordo")).isEqualTo(terms("accordo"));
  }

  @Test
  void removesArticulatedPrepositionsBeforeApostrophes() {
    assertThat(terms("dell’IA sull'IA un’IA")).containsExactly("ia", "ia", "ia");
  }

  @Test
  void stemsSingularAndPluralAlike() {
    assertThat(terms("accordi")).isEqualTo(terms("accordo"));
    assertThat(terms("aziende")).isEqualTo(terms("azienda"));
  }

  @Test
  void matchesWordsTypedWithoutAccents() {
    assertThat(terms("societa")).isEqualTo(terms("società")).isNotEmpty();
    assertThat(terms("citta")).isEqualTo(terms("città")).isNotEmpty();
  }

  @Test
  void treatsStopWordsTheSameWithOrWithoutAccents() {
    assertThat(terms("perché")).isEmpty();
    assertThat(terms("perche")).isEmpty();
    assertThat(terms("perchè")).isEmpty();
    assertThat(terms("più è")).isEmpty();
    assertThat(terms("piu e")).isEmpty();
  }

  @Test
  void dropsItalianStopWords() {
    assertThat(terms("il futuro della partnership e degli accordi"))
        .containsExactlyElementsOf(terms("futuro partnership accordi"));
  }

  @Test
  void lowerCasesProperNames() {
    assertThat(terms("OpenAI Nadella")).isEqualTo(terms("openai nadella"));
  }
}
