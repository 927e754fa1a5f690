package org.smartpick.engine.advise;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One phase of a cycle with its typical first and last day (both inclusive).
 *
 * @param phase the phase
 * @param start first day
 * @param end last day, not before {@code start}
 */
public record PhaseWindow(CyclePhase phase, LocalDate start, LocalDate end) {

  public PhaseWindow {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(phase + ": end " + end + " is before start " + start);
    }
  }

  /** True if the day falls in this window. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }
}
