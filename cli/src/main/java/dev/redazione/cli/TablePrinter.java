package dev.redazione.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints rows of text as left-aligned columns two spaces apart, the header in bold on a terminal.
 */
final class TablePrinter {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  TablePrinter(List<String> header) {
    this.header = List.copyOf(header);
  }

  /** Adds a row with one value per header column. */
  void add(List<String> row) {
    if (row.size() != header.size()) {
      throw new IllegalArgumentException(
          "row has " + row.size() + " values for " + header.size() + " columns");
    }
    rows.add(List.copyOf(row));
  }

  /** Prints the header and the rows; the last column is not padded. */
  void print(PrintWriter out, Terminal terminal) {
    int[] widths = new int[header.size()];
    for (List<String> row : withHeader()) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).codePointCount(0, row.get(i).length()));
      }
    }
    out.println(terminal.bold(format(header, widths)));
    rows.forEach(row -> out.println(format(row, widths)));
  }

  private List<List<String>> withHeader() {
    List<List<String>> all = new ArrayList<>(rows);
    all.add(header);
    return all;
  }

  private static String format(List<String> row, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < row.size(); i++) {
      String value = row.get(i);
      line.append(value);
      if (i < row.size() - 1) {
        line.append(" ".repeat(widths[i] - value.codePointCount(0, value.length()) + 2));
      }
    }
    return line.toString().stripTrailing();
  }
}
