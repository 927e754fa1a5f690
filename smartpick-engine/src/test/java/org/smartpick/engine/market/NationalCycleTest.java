package org.smartpick.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.match.MatchInstance;
import org.smartpick.engine.match.MatchResult;
import org.smartpick.engine.match.Track;

/**
 * One national cycle with the bundled fitted parameters and a fixed seed (2025, not the fit's):
 * the whole NRMP Main Match's applicants, couples and PGY-1 fill, and advanced applicants'
 * supplemental lists.
 */
class NationalCycleTest {
  private static final MarketParameters P = MarketParameters.fitted();
  private static final CycleOutcome OUTCOME = CycleSimulator.simulate(MarketScope.national(), P,
      2025);
  private static final Map<MetricKey, Double> METRICS = CycleMetrics.of(OUTCOME);

  private static double metric(String section, String scope, String name) {
    return METRICS.get(new MetricKey(section, scope, name, ""));
  }

  @Test
  void drawsTheActiveApplicantsAndCouplesOfTheWholeMatch() {
    // T02 47,208 and T32 1,259: counts are rounded per specialty and per couple share, so ±5 and ±1.
    assertThat(OUTCOME.applicantCount()).isCloseTo(47_208, within(5));
    assertThat(metric(MetricKey.COUPLES, MetricKey.ALL, "couples")).isCloseTo(1_259, within(1.0));
  }

  @Test
  void pgy1FillIsWithinTheTargetTolerance() {
    // T06 0.941 (NRMP 2025), primary: ±2 percentage points; one replica's sampling error is
    // ≈ 0.1 pp (40,041 positions), so the tolerance is the calibration's own.
    assertThat(metric(MetricKey.PROGRAMS, "pgy1", "fillRate")).isCloseTo(0.941, within(0.02));
    assertThat(metric(MetricKey.PROGRAMS, "pgy1", "positions")).isEqualTo(40_041);
    assertThat(metric(MetricKey.PROGRAMS, "advanced", "positions")).isEqualTo(3_196);
  }

  @Test
  void onlyApplicantsHoldingAnAdvancedPositionUseTheirSupplementalList() {
    MatchInstance instance = OUTCOME.matchInstance();
    MatchResult result = OUTCOME.matchResult();
    int advancedWithPgy1 = 0;
    for (int a = 0; a < instance.applicantCount(); a++) {
      int supplemental = result.supplementalProgramOf(a);
      int primary = result.programOf(a);
      if (supplemental != MatchInstance.NONE) {
        assertThat(instance.track(primary)).isEqualTo(Track.ADVANCED);
        assertThat(instance.track(supplemental)).isEqualTo(Track.PGY1);
        advancedWithPgy1++;
      }
    }
    // Most of the 3,196 advanced positions come with a PGY-1 year from the supplemental lists.
    assertThat(advancedWithPgy1).isGreaterThan(1_000);
  }

  @Test
  void sameSeedSameNationalOutcome() {
    CycleOutcome again = CycleSimulator.simulate(MarketScope.national(), P, 2025);
    for (int i = 0; i < OUTCOME.applicantCount(); i++) {
      assertThat(again.matchedProgram(i)).isEqualTo(OUTCOME.matchedProgram(i));
    }
    assertThat(CycleMetrics.of(again)).isEqualTo(METRICS);
  }
}
