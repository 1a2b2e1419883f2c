package dev.redazione.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

  @Test
  void formatsLikeACompiler() {
    Diagnostic diagnostic =
        Diagnostic.error(
            "articoli/a.md", 3, "INVALID_DATE", "date `2025-13-45` is not a valid date");

    assertThat(diagnostic.format())
        .isEqualTo("articoli/a.md:3: error: INVALID_DATE date `2025-13-45` is not a valid date");
    assertThat(diagnostic.line()).hasValue(3);
  }

  @Test
  void aWholeFileDiagnosticHasNoLine() {
    Diagnostic diagnostic = Diagnostic.info("a.txt", 0, "NO_DATE", "nothing dates the article");

    assertThat(diagnostic.format()).isEqualTo("a.txt: info: NO_DATE nothing dates the article");
    assertThat(diagnostic.line()).isEmpty();
  }

  @Test
  void sortsByPathThenLineThenSeverity() {
    Diagnostic b1 = Diagnostic.warning("b.md", 1, "X", "x");
    Diagnostic a9 = Diagnostic.warning("a.md", 9, "X", "x");
    Diagnostic a2warning = Diagnostic.warning("a.md", 2, "X", "x");
    Diagnostic a2error = Diagnostic.error("a.md", 2, "X", "x");
    List<Diagnostic> list = new ArrayList<>(List.of(b1, a9, a2warning, a2error));

    Collections.sort(list);

    assertThat(list).containsExactly(a2error, a2warning, a9, b1);
  }

  @Test
  void rejectsCodesThatAreNotUpperSnakeCase() {
    assertThatThrownBy(() -> Diagnostic.error("a.md", 1, "bad-code", "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("`bad-code`");
    assertThatThrownBy(() -> Diagnostic.error("a.md", -1, "CODE", "m")).hasMessageContaining("-1");
  }
}
