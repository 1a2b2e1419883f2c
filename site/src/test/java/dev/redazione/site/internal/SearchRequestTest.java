package dev.redazione.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.search.SearchQuery;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

  @Test
  void readsTextFiltersAndPage() {
    SearchQuery query =
        SearchRequest.parse("q=accordo+dell%E2%80%99IA&tag=openai&anno=2025&pagina=3");
    assertThat(query.text()).isEqualTo("accordo dell’IA");
    assertThat(query.tags()).containsExactly("openai");
    assertThat(query.years()).containsExactly(2025);
    assertThat(query.page()).isEqualTo(3);
  }

  @Test
  void keepsAMalformedEscapeAsTyped() {
    assertThat(SearchRequest.parse("q=100%").text()).isEqualTo("100%");
  }

  @Test
  void ignoresMalformedFiltersAndPages() {
    SearchQuery query = SearchRequest.parse("q=x&tag=..%2Fetc&tag=&anno=20x5&anno=99999&pagina=0");
    assertThat(query.tags()).isEmpty();
    assertThat(query.years()).isEmpty();
    assertThat(query.page()).isEqualTo(1);
  }

  @Test
  void ignoresPagesBeyondTheLastLinked() {
    assertThat(SearchRequest.parse("q=x&pagina=" + (SearchRequest.MAX_PAGE + 1)).page())
        .isEqualTo(1);
  }

  @Test
  void readsNoQueryStringAsAnEmptySearch() {
    assertThat(SearchRequest.parse(null).isBlank()).isTrue();
    assertThat(SearchRequest.parse("").isBlank()).isTrue();
  }

  @Test
  void keepsAtMostTheMaximumNumberOfFilters() {
    String many = "tag=a&tag=b&tag=c&tag=d&tag=e&tag=f&tag=g&tag=h&tag=i&tag=j&tag=k&tag=l";
    assertThat(SearchRequest.parse(many).tags()).hasSize(SearchRequest.MAX_FILTERS);
  }
}
