package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Raw texts shaped like other Italian news sites yield what an editor would extract. */
class UnseenArticlesTest {

  static List<ArticleCase> cases() {
    return ItalianArticleCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void extractsWhatAnEditorWould(ArticleCase articleCase) {
    articleCase.verify();
  }

  @Test
  void thereAreAtLeastTwentyFiveCases() {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(25);
  }
}
