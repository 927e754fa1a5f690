package org.smartpick.app.io.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartpick.engine.calibrate.CalibrationReport;
import org.smartpick.engine.calibrate.ChartingResult;
import org.smartpick.engine.calibrate.FitParameter;
import org.smartpick.engine.calibrate.TargetResult;
import org.smartpick.engine.calibrate.TargetSource;

/**
 * Writes a {@link CalibrationReport} into a directory: {@code calibration.csv} (columns
 * {@value #CSV_HEADER}, one row per target of {@code calibration-targets.csv}), {@code report.md},
 * a self-contained {@code report.html} (styles and SVG plots inline), and the plots
 * {@code charting-curves.png/.svg} and {@code target-errors.png/.svg}.
 *
 * <p>CSV: {@code target} is the figure as the file writes it (a range stays "a-b");
 * {@code simulated} is the replica mean for a simulated target and the value the model uses for
 * an input; {@code low}/{@code high} the 95% interval across replicas (the value itself for an
 * input); {@code tolerance} absolute, in the figure's units; {@code pass} true, false or n/a (not
 * modelled). Numbers have five significant digits; empty means no value. The same report gives
 * the same bytes. Stateless; thread-safe.
 */
public final class CalibrationReportWriter {
  /** The CSV header. */
  public static final String CSV_HEADER = "id,metric,scope,target,simulated,low,high,tolerance,pass";

  private CalibrationReportWriter() {
  }

  /** Writes every file of the report; returns the files written. */
  public static List<Path> writeAll(CalibrationReport report, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    written.add(write(dir.resolve("calibration.csv"), csv(report)));
    written.add(write(dir.resolve("report.md"), markdown(report)));
    written.add(write(dir.resolve("report.html"), html(report)));
    written.addAll(plots(report, dir));
    return written;
  }

  private static Path write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** Writes the PNG and SVG plots. */
  public static List<Path> plots(CalibrationReport report, Path dir) throws IOException {
    List<Path> written = new ArrayList<>();
    int h = CalibrationPlots.curvesHeight(report);
    PngCanvas png = new PngCanvas(CalibrationPlots.CURVES_WIDTH, h);
    CalibrationPlots.curves(report, png);
    png.save(dir.resolve("charting-curves.png"));
    written.add(dir.resolve("charting-curves.png"));
    written.add(write(dir.resolve("charting-curves.svg"), curvesSvg(report)));
    PngCanvas errors = new PngCanvas(CalibrationPlots.ERRORS_WIDTH,
        CalibrationPlots.errorsHeight(report));
    CalibrationPlots.errors(report, errors);
    errors.save(dir.resolve("target-errors.png"));
    written.add(dir.resolve("target-errors.png"));
    written.add(write(dir.resolve("target-errors.svg"), errorsSvg(report)));
    return written;
  }

  private static String curvesSvg(CalibrationReport report) {
    SvgCanvas svg = new SvgCanvas(CalibrationPlots.CURVES_WIDTH,
        CalibrationPlots.curvesHeight(report));
    CalibrationPlots.curves(report, svg);
    return svg.document();
  }

  private static String errorsSvg(CalibrationReport report) {
    SvgCanvas svg = new SvgCanvas(CalibrationPlots.ERRORS_WIDTH,
        CalibrationPlots.errorsHeight(report));
    CalibrationPlots.errors(report, svg);
    return svg.document();
  }

  private static String pass(TargetResult r) {
    return r.pass().map(p -> p ? "true" : "false").orElse("n/a");
  }

  private static String csvField(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  /** The CSV text. */
  public static String csv(CalibrationReport report) {
    StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
    for (TargetResult r : report.targets()) {
      out.append(String.join(",", csvField(r.target().id()), csvField(r.target().metric()),
          csvField(r.target().scope()), csvField(r.target().text()), Numbers.plain(r.simulated()),
          Numbers.plain(r.low()), Numbers.plain(r.high()),
          Numbers.plain(r.target().tolerance()), pass(r))).append('\n');
    }
    return out.toString();
  }

  private static String interval(double low, double high) {
    return Double.isNaN(low) ? "" : "[" + Numbers.plain(low) + ", " + Numbers.plain(high) + "]";
  }

  private static String passWord(TargetResult r) {
    return r.pass().map(p -> p ? "pass" : "**fail**").orElse("n/a");
  }

  private static String simulatedText(TargetResult r) {
    if (r.source() instanceof TargetSource.NotModelled) {
      return "not modelled";
    }
    String value = Numbers.shown(r.simulated());
    if (r.source() instanceof TargetSource.Input) {
      return value + " (input)";
    }
    String iv = interval(r.low(), r.high());
    return iv.isEmpty() ? value : value + " " + iv;
  }

  private static String heading(CalibrationReport report) {
    return String.format(Locale.ROOT, "scope %s, seed %d, %d replicas (95%% intervals across "
        + "replicas); %d of %d judged targets pass (%d not modelled); objective %s",
        report.scope(), report.seed(), report.replicas(), report.passed(), report.judged(),
        report.targets().size() - report.judged(), Numbers.plain(report.objective()));
  }

  private static Map<String, List<ChartingResult>> bySpecialty(CalibrationReport report) {
    Map<String, List<ChartingResult>> map = new LinkedHashMap<>();
    for (ChartingResult c : report.charting()) {
      map.computeIfAbsent(c.point().specialty(), k -> new ArrayList<>()).add(c);
    }
    return map;
  }

  /** The Markdown report. */
  public static String markdown(CalibrationReport report) {
    StringBuilder out = new StringBuilder("# SmartPick calibration report\n\n");
    out.append(heading(report)).append(".\n\n");
    out.append("Tolerance: a share passes within 2/3/5 percentage points (primary/secondary/weak), "
        + "any other figure within 5%/10%/15% relative; a range target passes when the "
        + "simulated 95% interval overlaps it. Inputs are facts the model uses directly, shown "
        + "as the value used. See docs/calibration.md.\n\n");
    out.append("![errors](target-errors.png)\n\n");
    out.append("## Targets\n\n");
    out.append("| id | scope | metric | how | target | simulated [95% interval] | error | "
        + "tolerance | result | source |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (TargetResult r : report.targets()) {
      out.append("| ").append(r.target().id()).append(" | ").append(md(r.target().scope()))
          .append(" | ").append(md(r.target().metric())).append(" | ").append(r.source().kind())
          .append(" | ").append(r.target().text()).append(" | ").append(simulatedText(r))
          .append(" | ").append(Numbers.shown(r.error())).append(" | ")
          .append(Numbers.plain(r.target().tolerance())).append(" | ").append(passWord(r))
          .append(" | ").append(md(r.target().source())).append(" |\n");
    }
    out.append("\n### How the model produces each target\n\n");
    for (TargetResult r : report.targets()) {
      out.append("- **").append(r.target().id()).append("** (").append(r.source().kind())
          .append(")");
      if (r.source() instanceof TargetSource.Simulated s) {
        out.append(" `").append(s.key()).append("`");
      }
      out.append(": ").append(md(r.source().note())).append('\n');
    }
    out.append("\n## Charting Outcomes curves (US MD seniors, P(match) by Step 2 CK band)\n\n");
    out.append("![curves](charting-curves.png)\n\n");
    for (Map.Entry<String, List<ChartingResult>> e : bySpecialty(report).entrySet()) {
      out.append("### ").append(e.getKey()).append("\n\n");
      out.append("| band | applicants | published | simulated [95% interval] | error |\n");
      out.append("|---|---|---|---|---|\n");
      for (ChartingResult c : e.getValue()) {
        out.append("| ").append(c.point().band()).append(" | ").append(c.point().applicants())
            .append(" | ").append(Numbers.plain(c.point().pMatch())).append(" | ")
            .append(Numbers.shown(c.simulated())).append(' ').append(interval(c.low(), c.high()))
            .append(" | ").append(Numbers.shown(c.error())).append(" |\n");
      }
      out.append('\n');
    }
    out.append("## Parameters the fit moves (values evaluated)\n\n");
    double[] values = report.parameters().toVector();
    for (FitParameter p : FitParameter.DEFAULT_SUBSET) {
      out.append("- `").append(p.name()).append("` = ").append(Numbers.plain(values[p.index()]))
          .append(" (searched in ").append(Numbers.plain(p.low())).append("..")
          .append(Numbers.plain(p.high())).append(")\n");
    }
    return out.toString();
  }

  private static String md(String text) {
    return text.replace("|", "\\|");
  }

  /** The self-contained HTML report (inline CSS and SVG, no scripts, no external resources). */
  public static String html(CalibrationReport report) {
    StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
        + "<meta charset=\"utf-8\">\n<title>SmartPick calibration report</title>\n<style>\n"
        + "body{font-family:sans-serif;margin:2em;color:#222;max-width:1100px}\n"
        + "table{border-collapse:collapse;margin:1em 0;font-size:14px}\n"
        + "th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}\n"
        + "th{background:#f1f3f5}.pass{color:#2b8a3e}.fail{color:#c92a2a;font-weight:bold}"
        + ".na{color:#888}\nsvg{max-width:100%;height:auto}\n</style>\n</head>\n<body>\n");
    out.append("<h1>SmartPick calibration report</h1>\n<p>").append(Html.escape(heading(report)))
        .append(".</p>\n<p>Tolerance: a share passes within 2/3/5 percentage points "
            + "(primary/secondary/weak), any other figure within 5%/10%/15% relative; a range "
            + "target passes when the simulated 95% interval overlaps it. Inputs are facts the "
            + "model uses directly, shown as the value used.</p>\n");
    out.append(errorsSvg(report).replaceFirst("<svg ", "<svg role=\"img\" aria-label=\"target "
        + "errors\" "));
    out.append("<h2>Targets</h2>\n<table>\n<tr><th>id</th><th>scope</th><th>metric</th>"
        + "<th>how</th><th>target</th><th>simulated [95% interval]</th><th>error</th>"
        + "<th>tolerance</th><th>result</th><th>source</th><th>model</th></tr>\n");
    for (TargetResult r : report.targets()) {
      String cls = r.pass().map(p -> p ? "pass" : "fail").orElse("na");
      String word = r.pass().map(p -> p ? "pass" : "fail").orElse("n/a");
      out.append("<tr><td>").append(Html.escape(r.target().id())).append("</td><td>")
          .append(Html.escape(r.target().scope())).append("</td><td>")
          .append(Html.escape(r.target().metric())).append("</td><td>")
          .append(Html.escape(r.source().kind())).append("</td><td>")
          .append(Html.escape(r.target().text())).append("</td><td>")
          .append(Html.escape(simulatedText(r))).append("</td><td>")
          .append(Html.escape(Numbers.shown(r.error()))).append("</td><td>")
          .append(Html.escape(Numbers.plain(r.target().tolerance()))).append("</td><td class=\"")
          .append(cls).append("\">").append(word).append("</td><td>")
          .append(Html.escape(r.target().source())).append("</td><td>")
          .append(Html.escape(r.source().note())).append("</td></tr>\n");
    }
    out.append("</table>\n<h2>Charting Outcomes curves (US MD seniors)</h2>\n");
    out.append(curvesSvg(report).replaceFirst("<svg ", "<svg role=\"img\" aria-label=\"charting "
        + "curves\" "));
    for (Map.Entry<String, List<ChartingResult>> e : bySpecialty(report).entrySet()) {
      out.append("<h3>").append(Html.escape(e.getKey())).append("</h3>\n<table>\n<tr><th>band</th>"
          + "<th>applicants</th><th>published</th><th>simulated [95% interval]</th>"
          + "<th>error</th></tr>\n");
      for (ChartingResult c : e.getValue()) {
        out.append("<tr><td>").append(Html.escape(c.point().band())).append("</td><td>")
            .append(c.point().applicants()).append("</td><td>")
            .append(Numbers.plain(c.point().pMatch())).append("</td><td>")
            .append(Html.escape(Numbers.shown(c.simulated()) + " " + interval(c.low(), c.high())))
            .append("</td><td>").append(Html.escape(Numbers.shown(c.error())))
            .append("</td></tr>\n");
      }
      out.append("</table>\n");
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }
}
