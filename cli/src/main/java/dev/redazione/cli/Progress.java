package dev.redazione.cli;

import java.io.PrintWriter;

/**
 * Reports the progress of a long run: a redrawn bar on a terminal, a plain line every tenth
 * otherwise (so logs stay readable). Thread-safe: {@link #advance()} may be called from workers.
 */
final class Progress {

  private static final int BAR_WIDTH = 30;

  private final PrintWriter err;
  private final boolean bar;
  private final String label;
  private final int total;
  private int done;
  private int lastShown = -1;

  private Progress(PrintWriter err, boolean bar, String label, int total) {
    this.err = err;
    this.bar = bar;
    this.label = label;
    this.total = total;
  }

  /**
   * Starts reporting {@code total} steps of work named {@code label} on the terminal's error
   * output.
   */
  static Progress start(PrintWriter err, Terminal terminal, String label, int total) {
    Progress progress = new Progress(err, terminal.interactive(), label, total);
    progress.show();
    return progress;
  }

  /** Counts one step done. */
  synchronized void advance() {
    done++;
    show();
  }

  /** Ends the report, leaving the cursor on a new line. */
  synchronized void finish() {
    if (bar) {
      err.println();
    }
    err.flush();
  }

  private void show() {
    int percent = total == 0 ? 100 : (int) (100L * done / total);
    int step = bar ? percent : percent / 10 * 10;
    if (step == lastShown && done != total) {
      return;
    }
    lastShown = step;
    if (bar) {
      int filled = BAR_WIDTH * percent / 100;
      err.print(
          "\r"
              + label
              + " ["
              + "#".repeat(filled)
              + " ".repeat(BAR_WIDTH - filled)
              + "] "
              + percent
              + "% "
              + done
              + "/"
              + total);
    } else if (done == 0 || step != 0) {
      err.println(label + ": " + done + "/" + total + " (" + percent + "%)");
    }
    err.flush();
  }
}
