package org.smartpick.app.io.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartpick.engine.calibrate.CalibrationReport;
import org.smartpick.engine.calibrate.ChartingResult;
import org.smartpick.engine.calibrate.TargetResult;

/**
 * The two calibration plots, each drawn once on a {@link Canvas} (so PNG and SVG show the same
 * picture): the Charting Outcomes curves (published vs simulated P(match) by Step 2 CK band, one
 * panel per specialty), and each target's error in units of its tolerance. Stateless.
 */
final class CalibrationPlots {
  static final int CURVES_WIDTH = 960;
  static final int ERRORS_WIDTH = 760;
  private static final int PUBLISHED = 0x1f4e9a;
  private static final int SIMULATED = 0xd9480f;
  private static final int GRID = 0xdddddd;
  private static final int INK = 0x222222;
  private static final int PASS = 0x2b8a3e;
  private static final int FAIL = 0xc92a2a;
  private static final String[] BANDS = {"<200", "200-209", "210-219", "220-229", "230-239",
      "240-249", "250+"};

  private CalibrationPlots() {
  }

  static int curvesHeight(CalibrationReport report) {
    int panels = bySpecialty(report).size();
    return 50 + (panels + 3) / 4 * 200;
  }

  static int errorsHeight(CalibrationReport report) {
    return 70 + 16 * report.targets().size();
  }

  private static Map<String, List<ChartingResult>> bySpecialty(CalibrationReport report) {
    Map<String, List<ChartingResult>> map = new LinkedHashMap<>();
    for (ChartingResult c : report.charting()) {
      map.computeIfAbsent(c.point().specialty(), k -> new ArrayList<>()).add(c);
    }
    return map;
  }

  private static int band(String name) {
    for (int b = 0; b < BANDS.length; b++) {
      if (BANDS[b].equals(name)) {
        return b;
      }
    }
    return -1;
  }

  /** Small multiples: published (blue) and simulated (orange, with interval) per specialty. */
  static void curves(CalibrationReport report, Canvas c) {
    c.text(12, 22, "US MD seniors: P(match) by Step 2 CK band — published (blue) vs simulated "
        + "(orange, 95% interval)", 14, Canvas.Align.LEFT, INK);
    int k = 0;
    for (Map.Entry<String, List<ChartingResult>> e : bySpecialty(report).entrySet()) {
      double left = 40 + (k % 4) * 230;
      double top = 50 + (k / 4) * 200;
      panel(e.getKey(), e.getValue(), c, left, top, 190, 140);
      k++;
    }
  }

  private static void panel(String title, List<ChartingResult> points, Canvas c, double left,
      double top, double w, double h) {
    c.text(left + w / 2, top + 12, title, 12, Canvas.Align.CENTER, INK);
    double y0 = top + 20;
    for (int t = 0; t <= 4; t++) {
      double y = y0 + h - t / 4.0 * h;
      c.line(left, y, left + w, y, GRID, 1, false);
      c.text(left - 4, y + 4, Integer.toString(t * 25), 9, Canvas.Align.RIGHT, INK);
    }
    double step = w / (BANDS.length - 1);
    for (int b = 0; b < BANDS.length; b += 2) {
      c.text(left + b * step, y0 + h + 14, BANDS[b], 9, Canvas.Align.CENTER, INK);
    }
    double[] prevPub = null;
    double[] prevSim = null;
    for (ChartingResult p : points.stream()
        .sorted((a, b) -> Integer.compare(band(a.point().band()), band(b.point().band())))
        .toList()) {
      int b = band(p.point().band());
      if (b < 0) {
        continue;
      }
      double x = left + b * step;
      double yp = y0 + h - p.point().pMatch() * h;
      if (prevPub != null) {
        c.line(prevPub[0], prevPub[1], x, yp, PUBLISHED, 2, false);
      }
      c.circle(x, yp, 3, PUBLISHED);
      prevPub = new double[] {x, yp};
      if (!Double.isNaN(p.simulated())) {
        double ys = y0 + h - p.simulated() * h;
        if (!Double.isNaN(p.low())) {
          c.line(x, y0 + h - clamp(p.low()) * h, x, y0 + h - clamp(p.high()) * h, SIMULATED, 1,
              false);
        }
        if (prevSim != null) {
          c.line(prevSim[0], prevSim[1], x, ys, SIMULATED, 2, true);
        }
        c.circle(x, ys, 3, SIMULATED);
        prevSim = new double[] {x, ys};
      }
    }
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  /** One bar per target: error / tolerance, clipped to ±5; green passes, red fails. */
  static void errors(CalibrationReport report, Canvas c) {
    c.text(12, 22, "Error of each target in units of its tolerance (|bar| ≤ 1 passes; clipped "
        + "at ±5)", 14, Canvas.Align.LEFT, INK);
    double left = 330;
    double width = 380;
    double top = 50;
    double mid = left + width / 2;
    double unit = width / 10;
    for (int t = -5; t <= 5; t++) {
      c.line(mid + t * unit, top - 6, mid + t * unit, top + 16 * report.targets().size(),
          t == 0 ? INK : Math.abs(t) == 1 ? 0x999999 : GRID, 1, Math.abs(t) == 1);
      c.text(mid + t * unit, top - 10, Integer.toString(t), 9, Canvas.Align.CENTER, INK);
    }
    int row = 0;
    for (TargetResult r : report.targets()) {
      double y = top + 16 * row + 11;
      String label = r.target().id() + " " + r.target().scope() + " · " + r.target().metric();
      if (label.length() > 52) {
        label = label.substring(0, 51) + "…";
      }
      c.text(left - 8, y, label, 10, Canvas.Align.RIGHT, INK);
      if (r.pass().isEmpty() || Double.isNaN(r.simulated())) {
        c.text(mid + 4, y, r.pass().isEmpty() ? "not modelled" : "no value", 10,
            Canvas.Align.LEFT, 0x888888);
      } else {
        double z = Math.max(-5, Math.min(5, r.normalisedError()));
        int color = r.pass().get() ? PASS : FAIL;
        c.rect(Math.min(mid, mid + z * unit), y - 9, Math.max(1.5, Math.abs(z) * unit), 11, color);
      }
      row++;
    }
  }
}
