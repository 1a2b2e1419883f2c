package dev.redazione.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.search.UserQuery.Part;
import org.junit.jupiter.api.Test;

class UserQueryTest {

  @Test
  void splitsWordsAndQuotedPhrases() {
    UserQuery query = UserQuery.parse("Microsoft \"diritto di prelazione\" Azure ");
    assertThat(query.parts())
        .containsExactly(
            new Part("Microsoft", false),
            new Part("diritto di prelazione", true),
            new Part("Azure", false));
  }

  @Test
  void acceptsTypographicQuotes() {
    assertThat(UserQuery.parse("“nuova era”").parts()).containsExactly(new Part("nuova era", true));
  }

  @Test
  void treatsAnUnbalancedQuoteAsPlainText() {
    assertThat(UserQuery.parse("\"accordo Microsoft").parts())
        .containsExactly(new Part("\"accordo", false), new Part("Microsoft", false));
  }

  @Test
  void ignoresOperatorsInCapitals() {
    assertThat(UserQuery.parse("OpenAI AND Microsoft OR NOT Azure").words())
        .containsExactly("OpenAI", "Microsoft", "Azure");
  }

  @Test
  void knowsWhetherItEndsWithAWordToMatchAsPrefix() {
    assertThat(UserQuery.parse("accordo Micro").endsWithWord()).isTrue();
    assertThat(UserQuery.parse("Micro \"accordo\"").endsWithWord()).isFalse();
  }

  @Test
  void keepsAtMostTheMaximumNumberOfParts() {
    assertThat(UserQuery.parse("parola ".repeat(100)).parts()).hasSize(UserQuery.MAX_PARTS);
  }

  @Test
  void parsesEmptyTextToNoParts() {
    assertThat(UserQuery.parse("").parts()).isEmpty();
    assertThat(UserQuery.parse("").endsWithWord()).isFalse();
  }
}
