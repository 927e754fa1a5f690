package org.smartpick.app.io.calibration;

/**
 * The few drawing operations the calibration plots need, so one drawing routine renders both a
 * PNG ({@link PngCanvas}) and an SVG ({@link SvgCanvas}). Coordinates in pixels from the top
 * left; colours as 0xRRGGBB. Not thread-safe (one canvas per plot).
 */
interface Canvas {
  /** Text alignment relative to the anchor point. */
  enum Align { LEFT, CENTER, RIGHT }

  int width();

  int height();

  void line(double x1, double y1, double x2, double y2, int color, double width, boolean dashed);

  void rect(double x, double y, double w, double h, int color);

  void circle(double x, double y, double r, int color);

  void text(double x, double y, String text, double size, Align align, int color);
}
