package org.smartpick.engine.advise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CycleDatesTest {

  @ParameterizedTest(name = "Match {0}: Match Day {1}, deadline {2}, submissions {3}")
  @CsvSource({
      "2024, 2024-03-15, 2024-02-28, 2023-09-06",
      "2025, 2025-03-21, 2025-03-05, 2024-09-04",
      "2026, 2026-03-20, 2026-03-04, 2025-09-03"})
  void rulesReproduceRecentNrmpAndErasCalendars(int year, LocalDate matchDay, LocalDate deadline,
      LocalDate submissions) {
    assertThat(CycleDates.matchDay(year)).isEqualTo(matchDay);
    assertThat(CycleDates.certificationDeadline(year)).isEqualTo(deadline);
    assertThat(CycleDates.submissionsOpen(year)).isEqualTo(submissions);
  }

  @Test
  void matchDayIsAlwaysAFridayBetweenTheFifteenthAndTwentyFirstOfMarch() {
    for (int year = CycleDates.FIRST_YEAR; year <= CycleDates.LAST_YEAR; year++) {
      LocalDate day = CycleDates.matchDay(year);
      assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
      assertThat(day.getDayOfMonth()).isBetween(15, 21);
      assertThat(CycleDates.certificationDeadline(year).getDayOfWeek())
          .isEqualTo(DayOfWeek.WEDNESDAY);
      assertThat(CycleDates.matchWeekStart(year)).isEqualTo(day.minusDays(4));
    }
  }

  @Test
  void programsReviewThreeWeeksAfterSubmissionsOpen() {
    assertThat(CycleDates.programReviewStart(2025)).isEqualTo(LocalDate.of(2024, 9, 25));
  }

  @Test
  void yearsOutsideTheRuleRangeAreRejectedWithTheRange() {
    assertThatThrownBy(() -> CycleDates.matchDay(1999))
        .hasMessage("match year 1999 is outside the allowed range 2000..2100");
  }
}
