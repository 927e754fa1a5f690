package org.smartpick.app.service;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartpick.engine.domain.GeoPoint;

/** Reads distances typed by people, such as "200mi", "300 km" or "150" (miles). Thread-safe. */
public final class Distances {
  private static final Pattern DISTANCE =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(mi|mile|miles|km|kilometres|kilometers)?");

  private Distances() {
  }

  /**
   * The distance in miles.
   *
   * @throws IllegalArgumentException quoting the text when it is not a positive distance
   */
  public static double parseMiles(String text) {
    Matcher m = DISTANCE.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches() || Double.parseDouble(m.group(1)) <= 0) {
      throw new IllegalArgumentException("'" + text
          + "' is not a positive distance such as 200mi or 300km");
    }
    double amount = Double.parseDouble(m.group(1));
    boolean kilometres = m.group(2) != null && m.group(2).startsWith("k");
    return kilometres ? amount / GeoPoint.KM_PER_MILE : amount;
  }
}
