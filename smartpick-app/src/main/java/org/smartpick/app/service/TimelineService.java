package org.smartpick.app.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.smartpick.engine.advise.CycleTimeline;
import org.smartpick.engine.advise.PhaseWindow;

/**
 * The cycle-timeline use case shared by {@code smartpick timeline} and {@code GET /api/timeline}:
 * the cycle a day belongs to and the phase it falls in. The dates are typical, estimated by
 * {@link org.smartpick.engine.advise.CycleDates}. Never reads the clock: callers pass the day.
 * Stateless; thread-safe.
 */
public final class TimelineService {
  /** Where the dates come from, for people. */
  public static final String SOURCE = "typical dates, estimated from the NRMP and ERAS calendars"
      + " of Match 2024–2026; check the official calendar of your year";

  /**
   * A day placed on its cycle.
   *
   * @param day the day
   * @param cycle the cycle that ends on the first Match Day on or after the day
   * @param phase the phase the day falls in
   */
  public record DayInCycle(LocalDate day, CycleTimeline cycle, Optional<PhaseWindow> phase) {
    public DayInCycle {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(cycle, "cycle");
      Objects.requireNonNull(phase, "phase");
    }
  }

  /**
   * Places a day on its cycle.
   *
   * @throws InvalidInputException naming {@code date} when the day's Match year is out of range
   */
  public DayInCycle place(LocalDate day) {
    CycleTimeline cycle;
    try {
      cycle = CycleTimeline.containing(day);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("date", e.getMessage());
    }
    return new DayInCycle(day, cycle, cycle.phaseOn(day));
  }

  /** Parses an ISO date (YYYY-MM-DD); {@link InvalidInputException} naming {@code date}. */
  public static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("date", "'" + text + "' is not a date of the form"
          + " YYYY-MM-DD");
    }
  }
}
