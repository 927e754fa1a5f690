package org.smartpick.engine.advise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.domain.profile.ApplicantProfile;
import org.smartpick.engine.market.CycleOutcome;
import org.smartpick.engine.market.CycleSimulator;
import org.smartpick.engine.market.InsertedApplicant;
import org.smartpick.engine.simulate.MonteCarlo;

/**
 * The cutoff shortcut against full re-simulation with the student inserted as a real applicant
 * (same scenario seeds, the optimized list of each sample profile, interview cap in both):
 * P(match | list) by the shortcut and the match frequency of the full simulation must agree
 * within {@value #TOLERANCE} on {@value #K} Dermatology scenarios. The two are independent
 * binomial shares of 150 trials (the student's draws differ), so the standard error of their
 * difference is at most 0.058 and the tolerance is 2.6 of them; at K = 60 differences of ±0.13
 * were sampling noise (K = 400 measured −0.055 / −0.045 / −0.018, docs/advise.md).
 */
class ShortcutValidationTest {
  private static final int K = 150;
  private static final double TOLERANCE = 0.15;
  private static final long SEED = 31;

  @Test
  void shortcutAgreesWithFullSimulationOnSampleProfiles() {
    ScenarioSet set = AdviseFixtures.scenarios(K);
    for (int step2 : new int[] {240, 250, 262}) {
      ApplicantProfile profile = AdviseFixtures.derm(step2, 20);
      StudentModel student = StudentModel.of(profile, set);
      Chances chosenOn = new ChanceEstimator(2).estimate(set, student, SEED);
      double[] utility = ApplicationListOptimizer.utilities(chosenOn, profile);
      List<Integer> list = new ApplicationListOptimizer().optimize(chosenOn, chosenOn, profile,
          ErasFees.bundled(), SEED).picks().stream().map(p -> p.chance().program()).toList();
      Chances chances = new ChanceEstimator(2).estimate(set, student, SEED + 1);
      double inSample = ListOutcome.of(chosenOn, ListOutcome.byPreference(list, utility),
          new boolean[set.programCount()], set.parameters().maxInterviews()).matchChance().p();
      int[] order = ListOutcome.byPreference(list, utility);
      boolean[] none = new boolean[set.programCount()];
      double shortcut = ListOutcome.of(chances, order, none, set.parameters().maxInterviews())
          .matchChance().p();
      double full = fullSimulationMatchRate(set, student, order);
      System.out.printf(Locale.ROOT, "shortcut vs full, Step 2 %d, %d programs, seed %d:"
          + " in-sample %.3f, fresh draws %.3f, full %.3f (difference %+.3f)%n", step2,
          order.length, SEED, inSample, shortcut, full, shortcut - full);
      assertThat(Math.abs(shortcut - full)).as("Step 2 %d: shortcut %.3f, full %.3f", step2,
          shortcut, full).isLessThanOrEqualTo(TOLERANCE);
    }
  }

  // Share of scenarios in which the inserted student matches somewhere on the list.
  private static double fullSimulationMatchRate(ScenarioSet set, StudentModel student,
      int[] order) {
    int[] programs = Arrays.stream(order).map(set::frameIndex).toArray();
    SplittableRandom draws = new SplittableRandom(SEED + 2);
    int matched = 0;
    for (int k = 0; k < set.scenarioCount(); k++) {
      double skill = draws.nextGaussian();
      double drawn = draws.nextGaussian();
      InsertedApplicant inserted = new InsertedApplicant(student.applicant(), skill,
          student.reliability().orElse(drawn), programs, new int[0]);
      CycleOutcome outcome = CycleSimulator.simulate(set.frame(), set.parameters(),
          MonteCarlo.replicaSeed(set.seed(), k), inserted);
      matched += outcome.matchedProgram(outcome.applicantCount() - 1) >= 0 ? 1 : 0;
    }
    return (double) matched / set.scenarioCount();
  }
}
