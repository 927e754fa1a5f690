package org.smartpick.app.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for terminals: a header, a rule, and rows with columns padded to their
 * widest cell (numbers right-aligned); over-long cells are cut with "…".
 */
final class TextTable {
  private final List<String> headers;
  private final boolean[] rightAligned;
  private final int[] maxWidths;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * @param headers column titles
   * @param rightAligned which columns are right-aligned
   * @param maxWidths the widest each column may be
   */
  TextTable(List<String> headers, boolean[] rightAligned, int[] maxWidths) {
    if (headers.size() != rightAligned.length || headers.size() != maxWidths.length) {
      throw new IllegalArgumentException("table column settings differ in length");
    }
    this.headers = List.copyOf(headers);
    this.rightAligned = rightAligned.clone();
    this.maxWidths = maxWidths.clone();
  }

  void add(List<String> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException("row has " + cells.size() + " cells, table has "
          + headers.size() + " columns");
    }
    rows.add(List.copyOf(cells));
  }

  String render() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = Math.min(maxWidths[c], headers.get(c).length());
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], Math.min(maxWidths[c], row.get(c).length()));
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, headers, widths);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    line(out, rule, widths);
    for (List<String> row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  private void line(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder text = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      if (cell.length() > widths[c]) {
        cell = cell.substring(0, widths[c] - 1) + "…";
      }
      String pad = " ".repeat(widths[c] - cell.length());
      text.append(c == 0 ? "" : "  ").append(rightAligned[c] ? pad + cell : cell + pad);
    }
    out.append(text.toString().stripTrailing()).append('\n');
  }
}
