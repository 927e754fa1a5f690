package org.smartpick.engine.advise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.smartpick.engine.domain.profile.Step2Score;

class ChanceEstimatorTest {
  private static final int K = 60;

  @Test
  void aSignalNeverLowersTheInterviewChanceInAnyScenario() {
    ScenarioSet set = AdviseFixtures.scenarios(K);
    Chances chances = new ChanceEstimator(2).estimate(set,
        StudentModel.of(AdviseFixtures.derm(245, 30), set), 5);
    int gained = 0;
    for (int k = 0; k < K; k++) {
      for (int j = 0; j < set.programCount(); j++) {
        if (chances.invited(k, j)) {
          assertThat(chances.invitedWithSignal(k, j)).as("scenario %d program %d", k, j).isTrue();
        }
        gained += chances.invitedWithSignal(k, j) && !chances.invited(k, j) ? 1 : 0;
      }
    }
    assertThat(gained).isPositive();
  }

  @Test
  void aBetterStep2NeverLowersTheInterviewChanceAtAProgramOnAverage() {
    ScenarioSet set = AdviseFixtures.scenarios(K);
    StudentModel base = StudentModel.of(AdviseFixtures.derm(240, 30), set);
    Chances low = new ChanceEstimator(2).estimate(set, base, 5);
    Chances high = new ChanceEstimator(2).estimate(set, base.withStep2(255), 5);
    double sumLow = 0;
    double sumHigh = 0;
    for (int j = 0; j < set.programCount(); j++) {
      double pl = low.programs().get(j).interview().p();
      double ph = high.programs().get(j).interview().p();
      assertThat(ph).as(low.programs().get(j).id()).isGreaterThanOrEqualTo(pl - 0.02);
      sumLow += pl;
      sumHigh += ph;
    }
    assertThat(sumHigh).isGreaterThan(sumLow);
  }

  @Test
  void signalsScoredLaterAtSomeProgramsEqualTheFullEstimationThere() {
    ScenarioSet set = AdviseFixtures.scenarios(K);
    StudentModel student = StudentModel.of(AdviseFixtures.derm(250, 30), set);
    int n = set.programCount();
    boolean[] some = new boolean[n];
    for (int j = 0; j < n; j += 3) {
      some[j] = true;
    }
    ChanceEstimator estimator = new ChanceEstimator(2);
    Chances full = estimator.estimate(set, student, 5, 2);
    Chances plain = estimator.estimate(set, student, 5, 2, new boolean[n]);
    Chances later = estimator.withSignals(plain, student, some);
    for (int s = 0; s < full.sampleCount(); s++) {
      for (int j = 0; j < n; j++) {
        assertThat(plain.invited(s, j)).isEqualTo(full.invited(s, j));
        assertThat(plain.matches(s, j)).isEqualTo(full.matches(s, j));
        assertThat(plain.invitedWithSignal(s, j)).isEqualTo(plain.invited(s, j));
        assertThat(plain.matchesWithSignal(s, j)).isEqualTo(plain.matches(s, j));
        assertThat(later.bits(s, j)).isEqualTo(some[j] ? full.bits(s, j) : plain.bits(s, j));
      }
    }
    for (int j = 0; j < n; j++) {
      assertThat(later.programs().get(j))
          .isEqualTo((some[j] ? full : plain).programs().get(j));
    }
  }

  @Test
  void sameSeedGivesTheSameScenariosAndChancesForAnyThreadCount() {
    ScenarioSet two = AdviseFixtures.scenarios(12);
    ScenarioSet one = ScenarioSet.build(AdviseFixtures.SPECIALTY, AdviseFixtures.P, 11, 12, 1,
        (d, t) -> { }, () -> false);
    for (int k = 0; k < 12; k++) {
      for (int j = 0; j < one.programCount(); j++) {
        assertThat(one.threshold(k, j)).isEqualTo(two.threshold(k, j));
        assertThat(one.cutoff(k, j)).isEqualTo(two.cutoff(k, j));
      }
    }
    StudentModel student = StudentModel.of(AdviseFixtures.derm(250, 30), one);
    Chances a = new ChanceEstimator(1).estimate(one, student, 9);
    Chances b = new ChanceEstimator(3).estimate(two, student, 9);
    for (int k = 0; k < 12; k++) {
      for (int j = 0; j < one.programCount(); j++) {
        assertThat(a.matches(k, j)).isEqualTo(b.matches(k, j));
        assertThat(a.invitedWithSignal(k, j)).isEqualTo(b.invitedWithSignal(k, j));
      }
    }
  }

  @Test
  void severalDrawsPerScenarioExtendTheOneDrawEstimationForAnyThreadCount() {
    ScenarioSet set = AdviseFixtures.scenarios(K);
    StudentModel student = StudentModel.of(AdviseFixtures.derm(250, 30), set);
    Chances one = new ChanceEstimator(2).estimate(set, student, 9);
    Chances three = new ChanceEstimator(1).estimate(set, student, 9, 3);
    Chances threeAgain = new ChanceEstimator(3).estimate(set, student, 9, 3);
    assertThat(three.scenarioCount()).isEqualTo(K);
    assertThat(three.drawsPerScenario()).isEqualTo(3);
    assertThat(three.sampleCount()).isEqualTo(3 * K);
    boolean laterDrawsDiffer = false;
    for (int s = 0; s < three.sampleCount(); s++) {
      for (int j = 0; j < set.programCount(); j++) {
        assertThat(threeAgain.matchesWithSignal(s, j)).isEqualTo(three.matchesWithSignal(s, j));
        if (s < K) {
          assertThat(three.matches(s, j)).isEqualTo(one.matches(s, j));
          assertThat(three.invitedWithSignal(s, j)).isEqualTo(one.invitedWithSignal(s, j));
        } else {
          laterDrawsDiffer |= three.matches(s, j) != three.matches(s % K, j);
        }
      }
    }
    assertThat(laterDrawsDiffer).as("draws after the first are fresh").isTrue();
    assertThat(three.programs().get(0).interview().trials()).isEqualTo(3 * K);
    assertThatThrownBy(() -> new ChanceEstimator(1).estimate(set, student, 9, 0))
        .hasMessageContaining("draws must be at least 1, was 0");
  }

  @Test
  void everyNumberHasAnExplanationAndAWilsonInterval() {
    ScenarioSet set = AdviseFixtures.scenarios(K);
    Chances chances = new ChanceEstimator(2).estimate(set,
        StudentModel.of(AdviseFixtures.derm(235, 30), set), 5);
    for (Chances.ProgramChance c : chances.programs()) {
      assertThat(c.interview().low()).isLessThanOrEqualTo(c.interview().p());
      assertThat(c.interview().high()).isGreaterThanOrEqualTo(c.interview().p());
      assertThat(c.interviewWhy().factors()).extracting(Explanation.Factor::name)
          .contains("step2", "signal");
      assertThat(c.matchWhy().factors()).isNotEmpty();
    }
    assertThat(chances.programs().get(0).interviewWhy().factors().get(0).text())
        .contains("this program's typical");
  }

  @Test
  void wilsonIntervalMatchesTheTextbookValue() {
    Estimate e = Estimate.of(5, 20);
    assertThat(e.low()).isCloseTo(0.1119, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(e.high()).isCloseTo(0.4687, org.assertj.core.data.Offset.offset(1e-3));
  }

  @Test
  void aPendingStep2IsDrawnPerScenarioAndSaidSo() {
    ScenarioSet set = AdviseFixtures.scenarios(K);
    StudentModel pending = StudentModel.of(AdviseFixtures.derm(Step2Score.PENDING, 30), set);
    assertThat(pending.step2Pending()).isTrue();
    double centre = pending.applicant().step2();
    Chances drawn = new ChanceEstimator(2).estimate(set, pending, 5);
    Chances atCentre = new ChanceEstimator(2).estimate(set, pending.withStep2(centre), 5);
    assertThat(drawn.programs().get(0).interviewWhy().factors().get(0).text())
        .startsWith("Step 2 pending: drawn in each scenario");
    // A drawn score spreads the chances: some scenario must differ from the fixed centre.
    int differ = 0;
    for (int k = 0; k < K; k++) {
      for (int j = 0; j < set.programCount(); j++) {
        differ += drawn.invited(k, j) != atCentre.invited(k, j) ? 1 : 0;
      }
    }
    assertThat(differ).isPositive();
    Advice advice = new Advisor(2, ErasFees.bundled()).advise(set,
        AdviseFixtures.derm(Step2Score.PENDING, 10), 5);
    assertThat(advice.caveats()).anyMatch(c -> c.startsWith("Your Step 2 CK is pending"));
  }
}
