package org.smartpick.engine.advise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The phases of the application cycle that ends on the Match Day of one year, with typical dates
 * ({@link CycleDates}; labelled typical, not official). The windows tile the cycle without gaps,
 * from the day after the previous Match Day to this Match Day.
 *
 * <p>Never reads the clock: callers pass the date. Immutable and thread-safe.
 */
public final class CycleTimeline {
  private final int matchYear;
  private final List<PhaseWindow> windows;

  private CycleTimeline(int matchYear) {
    this.matchYear = matchYear;
    LocalDate deadline = CycleDates.certificationDeadline(matchYear);
    LocalDate matchDay = CycleDates.matchDay(matchYear);
    List<LocalDate> starts = List.of(
        CycleDates.cycleStart(matchYear),
        CycleDates.erasOpens(matchYear),
        CycleDates.submissionsOpen(matchYear),
        CycleDates.programReviewStart(matchYear),
        CycleDates.interviewSeasonStart(matchYear),
        CycleDates.rankListSeasonStart(matchYear),
        CycleDates.finalAdjustmentsStart(matchYear),
        deadline,
        deadline.plusDays(1),
        CycleDates.matchWeekStart(matchYear),
        matchDay);
    CyclePhase[] phases = CyclePhase.values();
    List<PhaseWindow> built = new ArrayList<>(phases.length);
    for (int i = 0; i < phases.length; i++) {
      LocalDate end = i + 1 < phases.length ? starts.get(i + 1).minusDays(1) : matchDay;
      built.add(new PhaseWindow(phases[i], starts.get(i), end));
    }
    this.windows = List.copyOf(built);
  }

  /**
   * The cycle ending with the Match of {@code matchYear}.
   *
   * @throws IllegalArgumentException outside {@value CycleDates#FIRST_YEAR}..{@value
   *     CycleDates#LAST_YEAR}
   */
  public static CycleTimeline forMatchYear(int matchYear) {
    return new CycleTimeline(matchYear);
  }

  /** The cycle a day belongs to: this year's if on or before its Match Day, else next year's. */
  public static CycleTimeline containing(LocalDate day) {
    int year = day.getYear();
    return forMatchYear(day.isAfter(CycleDates.matchDay(year)) ? year + 1 : year);
  }

  /** The year of the Match that ends this cycle. */
  public int matchYear() {
    return matchYear;
  }

  /** The phases in order, each with its typical dates. */
  public List<PhaseWindow> windows() {
    return windows;
  }

  /** The phase a day falls in, empty when the day is outside this cycle. */
  public Optional<PhaseWindow> phaseOn(LocalDate day) {
    return windows.stream().filter(w -> w.contains(day)).findFirst();
  }

  /** The window of one phase. */
  public PhaseWindow window(CyclePhase phase) {
    return windows.get(phase.ordinal());
  }
}
