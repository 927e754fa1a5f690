package org.smartpick.app.io.calibration;

import java.util.Locale;

/** A {@link Canvas} that builds an SVG 1.1 document (no dependencies). */
final class SvgCanvas implements Canvas {
  private final int width;
  private final int height;
  private final StringBuilder body = new StringBuilder();

  SvgCanvas(int width, int height) {
    this.width = width;
    this.height = height;
    rect(0, 0, width, height, 0xFFFFFF);
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public int height() {
    return height;
  }

  private static String hex(int color) {
    return String.format(Locale.ROOT, "#%06x", color & 0xFFFFFF);
  }

  private static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, int color, double w,
      boolean dashed) {
    body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1))
        .append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2))
        .append("\" stroke=\"").append(hex(color)).append("\" stroke-width=\"").append(n(w))
        .append(dashed ? "\" stroke-dasharray=\"4 3" : "").append("\"/>\n");
  }

  @Override
  public void rect(double x, double y, double w, double h, int color) {
    body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
        .append(n(w)).append("\" height=\"").append(n(h)).append("\" fill=\"").append(hex(color))
        .append("\"/>\n");
  }

  @Override
  public void circle(double x, double y, double r, int color) {
    body.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"")
        .append(n(r)).append("\" fill=\"").append(hex(color)).append("\"/>\n");
  }

  @Override
  public void text(double x, double y, String text, double size, Align align, int color) {
    String anchor = switch (align) {
      case LEFT -> "start";
      case CENTER -> "middle";
      case RIGHT -> "end";
    };
    body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y))
        .append("\" font-family=\"sans-serif\" font-size=\"").append(n(size))
        .append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(hex(color))
        .append("\">").append(Html.escape(text)).append("</text>\n");
  }

  /** The complete SVG document. */
  String document() {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
        + "\" viewBox=\"0 0 " + width + " " + height + "\">\n" + body + "</svg>\n";
  }
}
