package dev.redazione.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints rows of text as left-aligned columns two spaces apart, the header in bold on a terminal.
 * On a terminal, columns given a limit are cut to it with an ellipsis so a row fits a screen; in a
 * pipe every value is printed whole.
 */
final class TablePrinter {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final Map<Integer, Integer> limits = new HashMap<>();

  TablePrinter(List<String> header) {
    this.header = List.copyOf(header);
  }

  /** Cuts the values of a column to {@code width} characters when printing on a terminal. */
  TablePrinter limit(int column, int width) {
    if (column < 0 || column >= header.size() || width < 2) {
      throw new IllegalArgumentException("cannot limit column " + column + " to " + width);
    }
    limits.put(column, width);
    return this;
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
    List<List<String>> shown = new ArrayList<>();
    for (List<String> row : rows) {
      List<String> cells = new ArrayList<>(row);
      if (terminal.interactive()) {
        limits.forEach((column, width) -> cells.set(column, cut(cells.get(column), width)));
      }
      shown.add(cells);
    }
    int[] widths = new int[header.size()];
    for (List<String> row : shown) {
      widen(widths, row);
    }
    widen(widths, header);
    out.println(terminal.bold(format(header, widths)));
    shown.forEach(row -> out.println(format(row, widths)));
  }

  private static void widen(int[] widths, List<String> row) {
    for (int i = 0; i < row.size(); i++) {
      widths[i] = Math.max(widths[i], length(row.get(i)));
    }
  }

  private static String cut(String value, int width) {
    if (length(value) <= width) {
      return value;
    }
    return value.substring(0, value.offsetByCodePoints(0, width - 1)) + "…";
  }

  private static int length(String value) {
    return value.codePointCount(0, value.length());
  }

  private static String format(List<String> row, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < row.size(); i++) {
      String value = row.get(i);
      line.append(value);
      if (i < row.size() - 1) {
        line.append(" ".repeat(widths[i] - length(value) + 2));
      }
    }
    return line.toString().stripTrailing();
  }
}
