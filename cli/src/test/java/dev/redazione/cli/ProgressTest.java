package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final StringWriter err = new StringWriter();

  private void run(Terminal terminal, int total) {
    Progress progress = Progress.start(new PrintWriter(err, true), terminal, "build", total);
    for (int i = 0; i < total; i++) {
      progress.advance();
    }
    progress.finish();
  }

  @Test
  void plainOutputPrintsALineEveryTenth() {
    run(Terminal.PLAIN, 200);

    assertThat(err.toString().lines())
        .hasSize(11)
        .startsWith("build: 0/200 (0%)", "build: 20/200 (10%)")
        .endsWith("build: 200/200 (100%)");
  }

  @Test
  void terminalRedrawsOneBarLine() {
    run(new Terminal(true, false), 4);

    assertThat(err.toString())
        .startsWith("\rbuild [                              ] 0% 0/4")
        .endsWith("\rbuild [##############################] 100% 4/4" + System.lineSeparator())
        .doesNotContain("build:");
  }
}
