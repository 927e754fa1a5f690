package org.smartpick.app.io.calibration;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number formatting for calibration reports: locale-free, deterministic. Stateless. */
final class Numbers {
  private Numbers() {
  }

  /** Five significant digits, plain notation, no trailing zeros; NaN as the empty string. */
  static String plain(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return "0";
    }
    return new BigDecimal(value).round(new MathContext(5)).stripTrailingZeros().toPlainString();
  }

  /** Like {@link #plain} but "–" for NaN (for people). */
  static String shown(double value) {
    return Double.isNaN(value) ? "–" : plain(value);
  }
}
