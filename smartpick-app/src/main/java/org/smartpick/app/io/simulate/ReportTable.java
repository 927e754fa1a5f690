package org.smartpick.app.io.simulate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.smartpick.engine.market.MetricKey;
import org.smartpick.engine.simulate.Interval;
import org.smartpick.engine.simulate.MetricSummary;

/**
 * One outcome table of a simulation report (rows are scopes, columns metrics), rendered as
 * Markdown or as aligned text. Immutable.
 */
record ReportTable(String title, List<String> headers, List<List<String>> rows) {

  /** A column: which metric and qualifier, shown as a percentage or a plain number. */
  private record Column(String header, String metric, String qualifier, boolean percent) {
  }

  static List<ReportTable> outcomeTables(MetricSummary summary) {
    List<ReportTable> tables = new ArrayList<>();
    tables.add(table(summary, "Outcomes by applicant type", MetricKey.APPLICANTS, List.of(
        new Column("Match rate", "matchRate", "", true),
        new Column("Rank 1", "matchedAtRank", "1", true),
        new Column("Rank 2", "matchedAtRank", "2", true),
        new Column("Rank 3", "matchedAtRank", "3", true),
        new Column("Rank 4+", "matchedAtRank", "4+", true),
        new Column("Applications", "meanApplications", "", false),
        new Column("Interviews", "meanInterviews", "", false),
        new Column("Ranks (matched)", "meanRanks", "matched", false),
        new Column("Ranks (unmatched)", "meanRanks", "unmatched", false))));
    tables.add(table(summary, "Outcomes by specialty", MetricKey.SPECIALTIES, List.of(
        new Column("Fill rate", "fillRate", "", true),
        new Column("Unfilled", "unfilled", "", false),
        new Column("Match rate (preferred)", "matchRate", "", true),
        new Column("Interviews", "meanInterviews", "", false))));
    List<Column> calls = new ArrayList<>();
    for (MetricKey key : summary.keys()) {
      if (key.section().equals(MetricKey.CALLS) && key.metric().equals("perApplicant")) {
        calls.add(new Column(key.qualifier(), key.metric(), key.qualifier(), false));
      }
    }
    tables.add(table(summary, "Calls per applicant by type and phase", MetricKey.CALLS, calls));
    return tables;
  }

  private static ReportTable table(MetricSummary summary, String title, String section,
      List<Column> columns) {
    Set<String> scopes = new LinkedHashSet<>();
    for (MetricKey key : summary.keys()) {
      if (key.section().equals(section)) {
        scopes.add(key.scope());
      }
    }
    List<String> headers = new ArrayList<>(List.of(section.equals(MetricKey.CALLS) ? "Calls"
        : section.equals(MetricKey.APPLICANTS) ? "Applicant type" : "Specialty"));
    columns.forEach(c -> headers.add(c.header()));
    List<List<String>> rows = new ArrayList<>();
    for (String scope : scopes) {
      List<String> row = new ArrayList<>(List.of(scope));
      for (Column c : columns) {
        MetricKey key = new MetricKey(section, scope, c.metric(), c.qualifier());
        row.add(summary.has(key) ? format(summary.interval(key), c.percent()) : "");
      }
      rows.add(row);
    }
    return new ReportTable(title, headers, rows);
  }

  private static String format(Interval interval, boolean percent) {
    if (!Double.isFinite(interval.mean())) {
      return "-";
    }
    double scale = percent ? 100 : 1;
    String unit = percent ? "%" : "";
    String mean = String.format(Locale.ROOT, "%.1f%s", interval.mean() * scale, unit);
    if (!Double.isFinite(interval.low())) {
      return mean;
    }
    return mean + String.format(Locale.ROOT, " (%.1f–%.1f)", interval.low() * scale,
        interval.high() * scale);
  }

  String markdown() {
    StringBuilder out = new StringBuilder("## ").append(title).append("\n\n");
    out.append("| ").append(String.join(" | ", headers)).append(" |\n|");
    out.append(" --- |".repeat(headers.size())).append('\n');
    for (List<String> row : rows) {
      out.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    return out.toString();
  }

  String text() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder(title).append('\n');
    line(out, headers, widths);
    List<String> rule = new ArrayList<>();
    for (int w : widths) {
      rule.add("-".repeat(w));
    }
    line(out, rule, widths);
    rows.forEach(row -> line(out, row, widths));
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder text = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - cell.length());
      text.append(c == 0 ? cell + pad : "  " + pad + cell);
    }
    out.append(text.toString().stripTrailing()).append('\n');
  }
}
