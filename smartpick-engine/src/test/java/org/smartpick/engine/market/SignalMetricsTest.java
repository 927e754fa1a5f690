package org.smartpick.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.domain.ApplicantType;

/** The source-defined signal figures on one simulated orthopaedic cycle (defaults, seed 3). */
class SignalMetricsTest {
  private static final String ORTHO = "Orthopaedic Surgery";
  private static final CycleOutcome OUTCOME = CycleSimulator.simulate(
      MarketScope.specialty(ORTHO), MarketParameters.defaults(), 3);

  @Test
  void programMeansAverageEachProgramsOwnRates() {
    Map<MetricKey, Double> m = CycleMetrics.of(OUTCOME);
    double mean = m.get(new MetricKey(MetricKey.SIGNALS, ORTHO, "programMeanPInterview",
        "signal"));
    double pooled = m.get(new MetricKey(MetricKey.SIGNALS, ORTHO, "pInterview", "signal"));
    // one program's rate by hand: the mean lies between the smallest and largest program rate
    double low = 1;
    double high = 0;
    for (int j = 0; j < OUTCOME.programCount(); j++) {
      double[] c = new double[2];
      for (int i = 0; i < OUTCOME.applicantCount(); i++) {
        for (int e = OUTCOME.applicationStart(i);
            e < OUTCOME.applicationStart(i) + OUTCOME.applications(i); e++) {
          if (OUTCOME.applicationProgram(e) == j && OUTCOME.signalled(e)) {
            c[0]++;
            c[1] += OUTCOME.invited(e) ? 1 : 0;
          }
        }
      }
      if (c[0] > 0) {
        low = Math.min(low, c[1] / c[0]);
        high = Math.max(high, c[1] / c[0]);
      }
    }
    assertThat(mean).isBetween(low, high);
    // programs with few signals invite a larger share of them, so the program mean exceeds the
    // pooled share (measured 0.49 vs 0.39 nationally with the fitted parameters)
    assertThat(mean).isGreaterThan(pooled);
  }

  @Test
  void meanYieldAveragesUsSeniorsOwnYields() {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < OUTCOME.applicantCount(); i++) {
      ApplicantType t = OUTCOME.type(i);
      if (OUTCOME.signals(i) > 0 && (t == ApplicantType.US_MD_SENIOR
          || t == ApplicantType.US_DO_SENIOR)) {
        int invited = 0;
        for (int e = OUTCOME.applicationStart(i);
            e < OUTCOME.applicationStart(i) + OUTCOME.applications(i); e++) {
          invited += OUTCOME.signalled(e) && OUTCOME.invited(e) ? 1 : 0;
        }
        sum += (double) invited / OUTCOME.signals(i);
        n++;
      }
    }
    assertThat(n).isPositive();
    assertThat(SignalMetrics.meanYield(OUTCOME, Set.of(ORTHO))).isCloseTo(sum / n, within(1e-12));
    assertThat(SignalMetrics.meanYield(OUTCOME, Set.of("Dermatology"))).isNaN();
  }

  @Test
  void usMdOddsRatioCountsOnlyUsMdSeniorsApplications() {
    double[][] cells = new double[2][2];
    for (int i = 0; i < OUTCOME.applicantCount(); i++) {
      if (OUTCOME.type(i) != ApplicantType.US_MD_SENIOR) {
        continue;
      }
      for (int e = OUTCOME.applicationStart(i);
          e < OUTCOME.applicationStart(i) + OUTCOME.applications(i); e++) {
        if (OUTCOME.frame().specialtyOf(OUTCOME.applicationProgram(e)) == OUTCOME.specialty(i)) {
          cells[OUTCOME.signalled(e) ? 1 : 0][OUTCOME.invited(e) ? 1 : 0]++;
        }
      }
    }
    double byHand = cells[1][1] * cells[0][0] / (cells[1][0] * cells[0][1]);
    Map<MetricKey, Double> m = CycleMetrics.of(OUTCOME);
    assertThat(m.get(new MetricKey(MetricKey.SIGNALS, ORTHO, "oddsRatioInterview",
        "signalUsMdSeniors"))).isCloseTo(byHand, within(1e-9));
    assertThat(m.get(new MetricKey(MetricKey.SIGNALS, ORTHO, "oddsRatioInterview", "signal")))
        .isNotEqualTo(byHand);
  }
}
