package org.smartpick.engine.catalog;

import java.util.Objects;
import java.util.OptionalDouble;
import org.smartpick.engine.domain.Program;

/**
 * One search result: a program and, when the search had a reference point, its great-circle
 * distance in miles.
 */
public record ProgramHit(Program program, OptionalDouble distanceMiles) {
  public ProgramHit {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(distanceMiles, "distanceMiles");
  }
}
