package org.smartpick.engine.advise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CycleTimelineTest {
  private static final CycleTimeline MATCH_2025 = CycleTimeline.forMatchYear(2025);

  private static CyclePhase phaseOn(String day) {
    return MATCH_2025.phaseOn(LocalDate.parse(day)).orElseThrow().phase();
  }

  @Test
  void windowsTileTheCycleInPhaseOrderWithoutGaps() {
    List<PhaseWindow> windows = MATCH_2025.windows();
    assertThat(windows).extracting(PhaseWindow::phase).containsExactly(CyclePhase.values());
    assertThat(windows.get(0).start()).isEqualTo(LocalDate.of(2024, 3, 16));
    assertThat(windows.get(windows.size() - 1).end()).isEqualTo(LocalDate.of(2025, 3, 21));
    for (int i = 1; i < windows.size(); i++) {
      assertThat(windows.get(i).start()).isEqualTo(windows.get(i - 1).end().plusDays(1));
    }
  }

  @Test
  void everyCycleFrom2000To2100HasItsPhasesInOrder() {
    for (int year = CycleDates.FIRST_YEAR; year <= CycleDates.LAST_YEAR; year++) {
      assertThat(CycleTimeline.forMatchYear(year).windows()).hasSize(CyclePhase.values().length);
    }
  }

  @Test
  void phaseOnPlacesKnownDays() {
    assertThat(phaseOn("2024-06-01")).isEqualTo(CyclePhase.ERAS_OPENS);
    assertThat(phaseOn("2024-09-04")).isEqualTo(CyclePhase.SUBMISSIONS);
    assertThat(phaseOn("2024-09-25")).isEqualTo(CyclePhase.SCREENING_AND_INVITATIONS);
    assertThat(phaseOn("2024-12-10")).isEqualTo(CyclePhase.INTERVIEW_SEASON);
    assertThat(phaseOn("2025-02-03")).isEqualTo(CyclePhase.RANKING_MEETINGS);
    assertThat(phaseOn("2025-02-12")).isEqualTo(CyclePhase.FINAL_ADJUSTMENTS);
    assertThat(phaseOn("2025-03-05")).isEqualTo(CyclePhase.CERTIFICATION_DEADLINE);
    assertThat(phaseOn("2025-03-10")).isEqualTo(CyclePhase.LISTS_LOCKED);
    assertThat(phaseOn("2025-03-17")).isEqualTo(CyclePhase.MATCH_WEEK);
    assertThat(phaseOn("2025-03-21")).isEqualTo(CyclePhase.MATCH_DAY);
  }

  @Test
  void finalAdjustmentsAreTheThreeWeeksBeforeCertification() {
    PhaseWindow last = MATCH_2025.window(CyclePhase.FINAL_ADJUSTMENTS);
    assertThat(last.start()).isEqualTo(LocalDate.of(2025, 2, 12));
    assertThat(last.end()).isEqualTo(LocalDate.of(2025, 3, 4));
  }

  @Test
  void daysOutsideTheCycleHaveNoPhase() {
    assertThat(MATCH_2025.phaseOn(LocalDate.of(2025, 3, 22))).isEmpty();
    assertThat(MATCH_2025.phaseOn(LocalDate.of(2024, 3, 15))).isEmpty();
  }

  @Test
  void aDayBelongsToTheCycleOfTheNextMatchDayOnOrAfterIt() {
    assertThat(CycleTimeline.containing(LocalDate.of(2025, 3, 21)).matchYear()).isEqualTo(2025);
    assertThat(CycleTimeline.containing(LocalDate.of(2025, 3, 22)).matchYear()).isEqualTo(2026);
    assertThat(CycleTimeline.containing(LocalDate.of(2025, 3, 22)).phaseOn(
        LocalDate.of(2025, 3, 22)).orElseThrow().phase()).isEqualTo(CyclePhase.PREPARATION);
  }

  @Test
  void callWindowsFollowTheSeedTimingOfBackchannelCalls() {
    assertThat(CyclePhase.SUBMISSIONS.calls()).containsExactly(CallWindow.ERAS_SUBMITTED);
    assertThat(CyclePhase.SCREENING_AND_INVITATIONS.calls())
        .containsExactly(CallWindow.SCREENING, CallWindow.BEFORE_INVITES);
    assertThat(CyclePhase.RANKING_MEETINGS.calls()).contains(CallWindow.RANKING_MEETINGS);
    assertThat(CyclePhase.FINAL_ADJUSTMENTS.calls()).contains(CallWindow.FINAL_ADJUSTMENTS);
    assertThat(CallWindow.FINAL_ADJUSTMENTS.purpose()).contains("last-minute advocacy or caution");
  }
}
