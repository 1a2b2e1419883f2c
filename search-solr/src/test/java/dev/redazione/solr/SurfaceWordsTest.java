package dev.redazione.solr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurfaceWordsTest {

  @Test
  void removesElisionsWithEitherApostropheAndKeepsAccents() {
    assertThat(SurfaceWords.of("Dell’IA l'accordo perché"))
        .containsExactly("ia", "accordo", "perché");
  }

  @Test
  void knowsTextThatIsOnlyStopWords() {
    assertThat(SurfaceWords.onlyStopWords("il perche della")).isTrue();
    assertThat(SurfaceWords.onlyStopWords("il divorzio")).isFalse();
  }

  @Test
  void theLastWordIsFoldedForAPrefix() {
    assertThat(SurfaceWords.lastFolded("nuove societ\u00e0")).isEqualTo("societa");
    assertThat(SurfaceWords.lastFolded("gpt-4o")).isEqualTo("4o");
  }
}
