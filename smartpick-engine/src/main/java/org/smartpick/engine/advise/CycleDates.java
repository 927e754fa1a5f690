package org.smartpick.engine.advise;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * Typical (estimated) dates of the application cycle that ends with the Main Residency Match of a
 * given year Y. Each rule reproduces the NRMP and ERAS calendars of recent cycles (Match 2024–2026);
 * the official calendar of a year may differ, so outputs label these dates as typical.
 *
 * <p>Stateless; every method O(1).
 */
public final class CycleDates {
  /** Earliest Match year the rules are used for. */
  public static final int FIRST_YEAR = 2000;
  /** Latest Match year the rules are used for. */
  public static final int LAST_YEAR = 2100;

  private CycleDates() {
  }

  /** Match Day: the third Friday of March of Y (2024-03-15, 2025-03-21, 2026-03-20). */
  public static LocalDate matchDay(int matchYear) {
    return thirdFridayOfMarch(checked(matchYear));
  }

  /** Match Week starts on the Monday of Match Day's week. */
  public static LocalDate matchWeekStart(int matchYear) {
    return matchDay(matchYear).with(TemporalAdjusters.previous(DayOfWeek.MONDAY));
  }

  /**
   * Rank order list certification deadline: the Wednesday 16 days before Match Day (2024-02-28,
   * 2025-03-05, 2026-03-04).
   */
  public static LocalDate certificationDeadline(int matchYear) {
    return matchDay(matchYear).minusDays(16);
  }

  /** The final 2–3 weeks: the 21 days before the certification deadline. */
  public static LocalDate finalAdjustmentsStart(int matchYear) {
    return certificationDeadline(matchYear).minusDays(21);
  }

  /** Rank-list season: rank order list entry opens about February 1 of Y. */
  public static LocalDate rankListSeasonStart(int matchYear) {
    return LocalDate.of(checked(matchYear), Month.FEBRUARY, 1);
  }

  /** Interview season: mid-October of Y−1 (October 15) through January. */
  public static LocalDate interviewSeasonStart(int matchYear) {
    return LocalDate.of(checked(matchYear) - 1, Month.OCTOBER, 15);
  }

  /** Programs may start reviewing applications three weeks after submissions open. */
  public static LocalDate programReviewStart(int matchYear) {
    return submissionsOpen(matchYear).plusWeeks(3);
  }

  /**
   * Applicants may submit from the first Wednesday of September of Y−1 (2024-09-04 for Match
   * 2025, 2025-09-03 for Match 2026).
   */
  public static LocalDate submissionsOpen(int matchYear) {
    return LocalDate.of(checked(matchYear) - 1, Month.SEPTEMBER, 1)
        .with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY));
  }

  /** MyERAS opens to applicants in early June of Y−1 (June 1 here). */
  public static LocalDate erasOpens(int matchYear) {
    return LocalDate.of(checked(matchYear) - 1, Month.JUNE, 1);
  }

  /** A cycle begins the day after the previous Match Day. */
  public static LocalDate cycleStart(int matchYear) {
    return thirdFridayOfMarch(checked(matchYear) - 1).plusDays(1);
  }

  private static LocalDate thirdFridayOfMarch(int year) {
    return LocalDate.of(year, Month.MARCH, 1)
        .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
  }

  private static int checked(int matchYear) {
    if (matchYear < FIRST_YEAR || matchYear > LAST_YEAR) {
      throw new IllegalArgumentException("match year " + matchYear + " is outside the allowed"
          + " range " + FIRST_YEAR + ".." + LAST_YEAR);
    }
    return matchYear;
  }
}
