package org.smartpick.app.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartpick.engine.domain.GeoPoint;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a distance such as "200mi", "300 km" or "150" (miles) into miles. */
final class WithinConverter implements ITypeConverter<Double> {
  private static final Pattern DISTANCE =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(mi|mile|miles|km|kilometres|kilometers)?");

  @Override
  public Double convert(String value) {
    Matcher m = DISTANCE.matcher(value.trim().toLowerCase(Locale.ROOT));
    if (!m.matches() || Double.parseDouble(m.group(1)) <= 0) {
      throw new TypeConversionException("'" + value
          + "' is not a positive distance such as 200mi or 300km");
    }
    double amount = Double.parseDouble(m.group(1));
    boolean kilometres = m.group(2) != null && m.group(2).startsWith("k");
    return kilometres ? amount / GeoPoint.KM_PER_MILE : amount;
  }
}
