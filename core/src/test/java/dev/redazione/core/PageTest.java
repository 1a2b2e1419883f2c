package dev.redazione.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {

  private final List<Integer> twentyFive = IntStream.rangeClosed(1, 25).boxed().toList();

  @Test
  void cutsFullAndPartialPages() {
    assertThat(Page.of(twentyFive, 1, 10).items()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(Page.of(twentyFive, 3, 10).items()).containsExactly(21, 22, 23, 24, 25);
    assertThat(Page.of(twentyFive, 3, 10).totalPages()).isEqualTo(3);
  }

  @Test
  void anExactMultipleHasNoTrailingEmptyPage() {
    assertThat(Page.of(twentyFive.subList(0, 20), 2, 10).hasNext()).isFalse();
    assertThat(Page.of(twentyFive.subList(0, 20), 2, 10).totalPages()).isEqualTo(2);
  }

  @Test
  void pagesBeyondTheEndAreEmptyNotErrors() {
    Page<Integer> page = Page.of(twentyFive, Integer.MAX_VALUE, 10);

    assertThat(page.items()).isEmpty();
    assertThat(page.isBeyondEnd()).isTrue();
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  void rejectsNonPositiveNumbersAndSizes() {
    assertThatThrownBy(() -> Page.of(twentyFive, 0, 10)).hasMessageContaining("at least 1, was 0");
    assertThatThrownBy(() -> Page.of(twentyFive, 1, 0))
        .hasMessageContaining("size must be at least 1");
  }
}
