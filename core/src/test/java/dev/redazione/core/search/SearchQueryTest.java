package dev.redazione.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

  @Test
  void stripsTheText() {
    assertThat(SearchQuery.of("  accordo  ").text()).isEqualTo("accordo");
  }

  @Test
  void cutsLongTextAtTheLimit() {
    assertThat(SearchQuery.of("a".repeat(5000)).text()).hasSize(SearchQuery.MAX_TEXT_LENGTH);
  }

  @Test
  void neverCutsInsideASurrogatePair() {
    String text = "a".repeat(SearchQuery.MAX_TEXT_LENGTH - 1) + "\uD83D\uDE00";
    String cut = SearchQuery.of(text).text();
    assertThat(cut).hasSize(SearchQuery.MAX_TEXT_LENGTH - 1);
    assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
  }

  @Test
  void addsFiltersAndGoesBackToTheFirstPage() {
    SearchQuery query =
        SearchQuery.of("accordo").withPage(3).withTag("openai").withYear(2025).withTag("azure");
    assertThat(query.tags()).containsExactly("azure", "openai");
    assertThat(query.years()).containsExactly(2025);
    assertThat(query.page()).isEqualTo(1);
  }

  @Test
  void keepsFiltersUnmodifiable() {
    SearchQuery query = SearchQuery.of("accordo").withTag("openai");
    assertThatThrownBy(() -> query.tags().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsPageBelowOne() {
    assertThatThrownBy(() -> SearchQuery.of("x").withPage(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("page must be at least 1");
  }

  @Test
  void rejectsPageSizeAboveTheMaximum() {
    assertThatThrownBy(
            () ->
                new SearchQuery(
                    "x", new TreeSet<>(), new TreeSet<>(), 1, SearchQuery.MAX_PAGE_SIZE + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("page size");
  }

  @Test
  void knowsWhenThereIsNothingToSearch() {
    assertThat(SearchQuery.of("   ").isBlank()).isTrue();
    assertThat(SearchQuery.of("IA").isBlank()).isFalse();
  }
}
