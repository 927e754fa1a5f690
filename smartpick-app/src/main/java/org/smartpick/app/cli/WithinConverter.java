package org.smartpick.app.cli;

import org.smartpick.app.service.Distances;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a distance such as "200mi", "300 km" or "150" (miles) into miles ({@link Distances}). */
final class WithinConverter implements ITypeConverter<Double> {

  @Override
  public Double convert(String value) {
    try {
      return Distances.parseMiles(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
