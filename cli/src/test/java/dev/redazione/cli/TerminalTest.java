package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTest {

  @Test
  void consoleWithoutNoColorUsesColours() {
    assertThat(Terminal.detect(Map.of("TERM", "xterm-256color"), true))
        .isEqualTo(new Terminal(true, true));
  }

  @Test
  void noColorTurnsColoursOffButKeepsTheTerminal() {
    assertThat(Terminal.detect(Map.of("NO_COLOR", "1"), true)).isEqualTo(new Terminal(true, false));
  }

  @Test
  void emptyNoColorIsIgnoredAsTheConventionSays() {
    assertThat(Terminal.detect(Map.of("NO_COLOR", ""), true).colour()).isTrue();
  }

  @Test
  void pipeHasNeitherTerminalNorColours() {
    assertThat(Terminal.detect(Map.of(), false)).isEqualTo(Terminal.PLAIN);
  }

  @Test
  void dumbTerminalHasNoColours() {
    assertThat(Terminal.detect(Map.of("TERM", "dumb"), true).colour()).isFalse();
  }

  @Test
  void plainTerminalLeavesTextUntouched() {
    assertThat(Terminal.PLAIN.error("error")).isEqualTo("error");
  }

  @Test
  void colourTerminalWrapsTextInAnsiCodes() {
    assertThat(new Terminal(true, true).error("error")).isEqualTo("\u001B[1;31merror\u001B[0m");
  }

  @Test
  void coloursWithoutTerminalAreRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Terminal(false, true));
  }
}
