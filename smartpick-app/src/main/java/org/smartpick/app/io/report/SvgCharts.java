package org.smartpick.app.io.report;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the HTML reports, generated as text (no script, no external resource):
 * a line chart of a probability against a count (the diminishing-returns curve) and horizontal
 * bars with 95% interval whiskers (chances per program, P(match) per rank). Labels are
 * HTML-escaped. Stateless; O(points).
 */
public final class SvgCharts {
  private static final int WIDTH = 640;
  private static final int BAR_HEIGHT = 22;
  private static final int LABEL_WIDTH = 260;

  private SvgCharts() {
  }

  /** One bar: a label, a probability and its interval. */
  public record Bar(String label, double p, double low, double high) {
  }

  /**
   * A line chart of y ∈ [0, 1] against x = 1..n.
   *
   * @param marker an x to mark with a vertical line (e.g. the budget), or 0 for none
   */
  public static String curve(String title, List<double[]> points, String xLabel, String yLabel,
      int marker) {
    int height = 260;
    int left = 50;
    int bottom = height - 40;
    int plotWidth = WIDTH - left - 20;
    int plotHeight = bottom - 20;
    double maxX = points.stream().mapToDouble(p -> p[0]).max().orElse(1);
    StringBuilder b = open(title, height);
    b.append(axis(left, bottom, plotWidth, plotHeight));
    StringBuilder path = new StringBuilder();
    for (double[] p : points) {
      path.append(path.length() == 0 ? "M" : " L").append(fmt(left + plotWidth * p[0] / maxX))
          .append(',').append(fmt(bottom - plotHeight * p[1]));
    }
    b.append("<path class=\"line\" d=\"").append(path).append("\" fill=\"none\""
        + " stroke=\"#2563eb\" stroke-width=\"2\"/>\n");
    if (marker > 0 && marker <= maxX) {
      double x = left + plotWidth * marker / maxX;
      b.append("<line x1=\"").append(fmt(x)).append("\" y1=\"20\" x2=\"").append(fmt(x))
          .append("\" y2=\"").append(bottom).append("\" stroke=\"#dc2626\""
              + " stroke-dasharray=\"4 3\"/>\n");
    }
    b.append(text(left + plotWidth / 2.0, height - 8, "middle", xLabel));
    b.append(text(12, 14, "start", yLabel));
    b.append(text(left + plotWidth, height - 24, "end", fmt(maxX)));
    return b.append("</svg>\n").toString();
  }

  /** Horizontal bars in [0, 1] with interval whiskers, one row per bar. */
  public static String bars(String title, List<Bar> bars) {
    int height = 30 + BAR_HEIGHT * bars.size() + 20;
    int plotWidth = WIDTH - LABEL_WIDTH - 60;
    StringBuilder b = open(title, height);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = 20 + i * BAR_HEIGHT;
      String label = bar.label().length() > 40 ? bar.label().substring(0, 39) + "…" : bar.label();
      b.append(text(LABEL_WIDTH - 6, y + 15, "end", label));
      b.append("<rect class=\"bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(fmt(y + 4))
          .append("\" width=\"").append(fmt(plotWidth * bar.p())).append("\" height=\"14\""
              + " fill=\"#60a5fa\"/>\n");
      b.append("<line class=\"interval\" x1=\"").append(fmt(LABEL_WIDTH + plotWidth * bar.low()))
          .append("\" x2=\"").append(fmt(LABEL_WIDTH + plotWidth * bar.high())).append("\" y1=\"")
          .append(fmt(y + 11)).append("\" y2=\"").append(fmt(y + 11))
          .append("\" stroke=\"#1e3a8a\" stroke-width=\"2\"/>\n");
      b.append(text(LABEL_WIDTH + plotWidth + 6, y + 15, "start",
          String.format(Locale.ROOT, "%.0f%%", 100 * bar.p())));
    }
    return b.append("</svg>\n").toString();
  }

  private static StringBuilder open(String title, int height) {
    return new StringBuilder("<svg role=\"img\" width=\"")
        .append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\"><title>")
        .append(Html.escape(title)).append("</title>\n");
  }

  private static String axis(int left, int bottom, int width, int height) {
    StringBuilder b = new StringBuilder();
    b.append("<line x1=\"").append(left).append("\" y1=\"").append(bottom).append("\" x2=\"")
        .append(left + width).append("\" y2=\"").append(bottom).append("\" stroke=\"#555\"/>\n");
    b.append("<line x1=\"").append(left).append("\" y1=\"").append(bottom - height)
        .append("\" x2=\"").append(left).append("\" y2=\"").append(bottom)
        .append("\" stroke=\"#555\"/>\n");
    for (int pct = 0; pct <= 100; pct += 25) {
      b.append(text(left - 4, bottom - height * pct / 100.0 + 4, "end", pct + "%"));
    }
    return b.toString();
  }

  private static String text(double x, double y, String anchor, String content) {
    return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor
        + "\" font-size=\"12\">" + Html.escape(content) + "</text>\n";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
