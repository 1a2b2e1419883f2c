package dev.redazione.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AliasTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "vecchio-titolo, /articoli/vecchio-titolo",
    "/2024/05/vecchio.html, /2024/05/vecchio.html",
    "/notizie/vecchio/, /notizie/vecchio",
    "' /a%C3%A8/b_c~d ', /a%C3%A8/b_c~d"
  })
  void readsAnOldSlugOrASitePath(String written, String path) {
    assertThat(Alias.parse(written).path()).isEqualTo(path);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Vecchio Titolo",
        "https://example.com/vecchio",
        "//example.com/vecchio",
        "/",
        "/a//b",
        "/a/../b",
        "/a/..",
        "/a b",
        "/a?x=1",
        "/a#b",
        "/a%zz",
        ""
      })
  void refusesWhatIsNeitherASlugNorASitePathSayingWhatIsExpected(String written) {
    assertThatThrownBy(() -> Alias.parse(written))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("`" + written.strip() + "`")
        .hasMessageContaining(Alias.EXPECTED);
  }
}
