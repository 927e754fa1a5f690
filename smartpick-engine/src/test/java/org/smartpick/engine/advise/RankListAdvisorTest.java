package org.smartpick.engine.advise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.advise.rank.InterviewSignal;
import org.smartpick.engine.advise.rank.ObservedSignal;
import org.smartpick.engine.advise.rank.RankChance;
import org.smartpick.engine.advise.rank.RankListAdvice;
import org.smartpick.engine.advise.rank.RankListAdvisor;
import org.smartpick.engine.advise.rank.ScenarioWeights;

/** Rank-list advice on 60 dermatology scenarios: probabilities, signals, strategy-proofness. */
class RankListAdvisorTest {
  private static final long SEED = 2024;

  private static InterviewScenarios interviews(List<Integer> programs, int step2, int threads) {
    ScenarioSet set = AdviseFixtures.scenarios(60);
    StudentModel student = StudentModel.of(AdviseFixtures.derm(step2, 20), set);
    return InterviewScenarios.evaluate(set, student, SEED, programs, threads);
  }

  @Test
  void clearingACutoffAgreesWithTheChanceEstimatorWheneverInvited() {
    ScenarioSet set = AdviseFixtures.scenarios(60);
    StudentModel student = StudentModel.of(AdviseFixtures.derm(250, 20), set);
    Chances chances = new ChanceEstimator(2).estimate(set, student, SEED);
    List<Integer> listed = List.of(0, 5, 9, 17);
    InterviewScenarios s = InterviewScenarios.evaluate(set, student, SEED, listed, 2);
    int compared = 0;
    for (int k = 0; k < set.scenarioCount(); k++) {
      for (int i = 0; i < listed.size(); i++) {
        if (chances.invited(k, listed.get(i))) {
          assertThat(s.clears(k, i)).isEqualTo(chances.matches(k, listed.get(i)));
          compared++;
        }
      }
    }
    assertThat(compared).isPositive();
  }

  @Test
  void sameSeedSameMarginsForAnyThreadCount() {
    InterviewScenarios one = interviews(List.of(3, 1, 4), 245, 1);
    InterviewScenarios two = interviews(List.of(3, 1, 4), 245, 2);
    for (int k = 0; k < one.scenarioCount(); k++) {
      for (int i = 0; i < 3; i++) {
        assertThat(two.margin(k, i)).isEqualTo(one.margin(k, i));
      }
    }
  }

  // Seeded property loop: random lists and signals; probabilities add up and honesty is best.
  @Test
  void onRandomListsHonestyIsNeverBeatenAndProbabilitiesAddUp() {
    long seed = 77;
    System.out.println("property seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    int programs = AdviseFixtures.scenarios(60).programCount();
    InterviewSignal[] kinds = InterviewSignal.values();
    for (int trial = 0; trial < 6; trial++) {
      List<Integer> list = new ArrayList<>();
      int n = 2 + random.nextInt(6);
      while (list.size() < n) {
        int j = random.nextInt(programs);
        if (!list.contains(j)) {
          list.add(j);
        }
      }
      List<ObservedSignal> signals = List.of(new ObservedSignal(random.nextInt(n),
          kinds[random.nextInt(kinds.length)]));
      InterviewScenarios s = interviews(list, 235 + random.nextInt(30), 2);
      RankListAdvice advice = new RankListAdvisor().advise(s, signals,
          s.scenarios().contiguousRanks(), false);
      double total = advice.unmatched().p();
      for (RankChance r : advice.ranks()) {
        total += r.matchHere().p();
        assertThat(r.matchHere().p()).isLessThanOrEqualTo(r.clears().p() + 1e-12);
      }
      assertThat(total).as("trial %d", trial).isCloseTo(1.0, within(1e-9));
      assertThat(advice.strategy().bestAlternativeUtility())
          .isLessThanOrEqualTo(advice.strategy().honestUtility() + 1e-12);
      assertThat(advice.strategy().dominated()).isTrue();
      assertThat(advice.strategy().alternativesTried()).isEqualTo(n == 2 ? 1 : (n - 1) * (n - 1));
    }
  }

  @Test
  void aSignalMultipliesTheOddsOfClearingByItsLikelihoodRatioAndSilenceChangesNothing() {
    InterviewScenarios s = interviews(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), 252, 2);
    int position = -1;
    ScenarioWeights prior = ScenarioWeights.of(s, List.of());
    for (int i = 0; i < s.size() && position < 0; i++) {
      int at = i;
      double p = prior.share(k -> s.clears(k, at));
      position = p > 0 && p < 1 ? i : -1;
    }
    assertThat(position).as("a program with 0 < P(clear) < 1").isNotNegative();
    int at = position;
    double before = prior.share(k -> s.clears(k, at));
    for (InterviewSignal signal : InterviewSignal.values()) {
      double after = ScenarioWeights.of(s, List.of(new ObservedSignal(at, signal)))
          .share(k -> s.clears(k, at));
      double ratio = (after / (1 - after)) / (before / (1 - before));
      assertThat(ratio).as(signal.name()).isCloseTo(signal.likelihoodRatio(), within(1e-9));
    }
    RankListAdvice plain = new RankListAdvisor().advise(s, List.of(),
        s.scenarios().contiguousRanks(), false);
    RankListAdvice silent = new RankListAdvisor().advise(s,
        List.of(new ObservedSignal(at, InterviewSignal.SILENCE)),
        s.scenarios().contiguousRanks(), false);
    assertThat(silent.unmatched()).isEqualTo(plain.unmatched());
    assertThat(silent.expectedRank()).isEqualTo(plain.expectedRank());
  }

  @Test
  void aOneProgramListIsWarnedAboutAndACoupleIsToldHonestyIsNotGuaranteed() {
    InterviewScenarios s = interviews(List.of(2), 240, 2);
    RankListAdvice advice = new RankListAdvisor().advise(s, List.of(),
        s.scenarios().contiguousRanks(), true);
    assertThat(s.scenarios().contiguousRanks().fewestReaching(RankListAdvisor.ENOUGH_RANKS_LEVEL))
        .isGreaterThan(1);
    assertThat(advice.warnings()).anyMatch(w -> w.startsWith("Few ranks"))
        .anyMatch(w -> w.contains("couple"));
    assertThat(advice.strategy().alternativesTried()).isZero();
  }
}
