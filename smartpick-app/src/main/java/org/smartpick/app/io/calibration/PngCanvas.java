package org.smartpick.app.io.calibration;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A {@link Canvas} drawing with Java2D on an image, saved as PNG by ImageIO (headless). */
final class PngCanvas implements Canvas {
  private final BufferedImage image;
  private final Graphics2D g;

  PngCanvas(int width, int height) {
    System.setProperty("java.awt.headless", "true");
    image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    rect(0, 0, width, height, 0xFFFFFF);
  }

  @Override
  public int width() {
    return image.getWidth();
  }

  @Override
  public int height() {
    return image.getHeight();
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, int color, double width,
      boolean dashed) {
    g.setColor(new Color(color));
    g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f) : new BasicStroke((float) width));
    g.draw(new Line2D.Double(x1, y1, x2, y2));
  }

  @Override
  public void rect(double x, double y, double w, double h, int color) {
    g.setColor(new Color(color));
    g.fill(new Rectangle2D.Double(x, y, w, h));
  }

  @Override
  public void circle(double x, double y, double r, int color) {
    g.setColor(new Color(color));
    g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
  }

  @Override
  public void text(double x, double y, String text, double size, Align align, int color) {
    g.setColor(new Color(color));
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(size)));
    double w = g.getFontMetrics().stringWidth(text);
    double left = switch (align) {
      case LEFT -> x;
      case CENTER -> x - w / 2;
      case RIGHT -> x - w;
    };
    g.drawString(text, (float) left, (float) y);
  }

  /** Writes the image as PNG. */
  void save(Path file) throws IOException {
    g.dispose();
    if (!ImageIO.write(image, "png", file.toFile())) {
      throw new IOException("no PNG writer available for " + file);
    }
  }
}
