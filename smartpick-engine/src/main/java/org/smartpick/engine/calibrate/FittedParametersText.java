package org.smartpick.engine.calibrate;

import java.util.List;
import java.util.Locale;
import org.smartpick.engine.market.MarketParameters;
import org.smartpick.engine.market.MarketParametersFile;

/**
 * The text of a fitted-parameters file in {@link MarketParametersFile}'s format: a comment header
 * (what wrote it, date, scope, seed, replicas, objective before and after, the subset), the
 * version line, then the fitted subset's values (other parameters keep their defaults when read).
 * Stateless; thread-safe.
 */
public final class FittedParametersText {
  private FittedParametersText() {
  }

  /**
   * Formats the fitted values.
   *
   * @param header lines for the comment header (date, seed, …), each written after "# "
   */
  public static String format(MarketParameters fitted, List<FitParameter> subset,
      List<String> header) {
    StringBuilder out = new StringBuilder();
    out.append("# Fitted market parameters, written by `smartpick calibrate --fit`.\n");
    out.append("# Parameters not listed keep MarketParameters.defaults().\n");
    for (String line : header) {
      out.append("# ").append(line).append('\n');
    }
    out.append("version=").append(MarketParametersFile.VERSION).append('\n');
    double[] values = fitted.toVector();
    for (FitParameter p : subset) {
      out.append(p.name()).append('=')
          .append(String.format(Locale.ROOT, "%.6g", values[p.index()]).strip()).append('\n');
    }
    return out.toString();
  }
}
