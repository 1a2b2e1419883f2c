package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TablePrinterTest {

  @Test
  void alignsColumnsOnTheWidestValueCountingAccentedLettersOnce() {
    TablePrinter table = new TablePrinter(List.of("SLUG", "TITLE"));
    table.add(List.of("perché-no", "Perché no"));
    table.add(List.of("a", "Titolo"));
    StringWriter out = new StringWriter();

    table.print(new PrintWriter(out, true), Terminal.PLAIN);

    assertThat(out.toString().lines())
        .containsExactly("SLUG       TITLE", "perché-no  Perché no", "a          Titolo");
  }

  @Test
  void rowWithTheWrongNumberOfValuesIsRefused() {
    TablePrinter table = new TablePrinter(List.of("SLUG", "TITLE"));

    assertThatIllegalArgumentException().isThrownBy(() -> table.add(List.of("solo")));
  }

  @Test
  void limitedColumnIsCutWithAnEllipsisOnATerminal() {
    TablePrinter table = new TablePrinter(List.of("SLUG", "TITLE")).limit(1, 8);
    table.add(List.of("a", "Perché no, dunque"));
    StringWriter out = new StringWriter();

    table.print(new PrintWriter(out, true), new Terminal(true, false));

    assertThat(out.toString().lines()).containsExactly("SLUG  TITLE", "a     Perché …");
  }

  @Test
  void limitedColumnIsPrintedWholeInAPipe() {
    TablePrinter table = new TablePrinter(List.of("SLUG", "TITLE")).limit(1, 8);
    table.add(List.of("a", "Perché no, dunque"));
    StringWriter out = new StringWriter();

    table.print(new PrintWriter(out, true), Terminal.PLAIN);

    assertThat(out.toString().lines()).containsExactly("SLUG  TITLE", "a     Perché no, dunque");
  }
}
