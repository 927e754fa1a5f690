package org.smartpick.engine.advise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.domain.profile.ApplicantProfile;

/** The signal planner on Dermatology (28 signals: 3 gold, 25 silver), fixed seeds. */
class SignalPlannerTest {
  private static final int K = 60;

  @Test
  void plannedSignalsNeverLowerPMatchOrUtilityOnTheScenariosPlannedOn() {
    ScenarioSet set = AdviseFixtures.scenarios(K);
    int cap = set.parameters().maxInterviews();
    for (int step2 : new int[] {240, 250, 262}) {
      ApplicantProfile profile = AdviseFixtures.derm(step2, 30);
      Chances chances = new ChanceEstimator(2).estimate(set, StudentModel.of(profile, set), 17);
      double[] utility = ApplicationListOptimizer.utilities(chances, profile);
      // The 30 programs with the best chance of an interview with a signal, a realistic list.
      List<Integer> list = IntStream.range(0, set.programCount()).boxed()
          .sorted((a, b) -> Double.compare(chances.programs().get(b).interviewWithSignal().p(),
              chances.programs().get(a).interviewWithSignal().p())).limit(30).toList();
      int[] order = ListOutcome.byPreference(list, utility);
      SignalPlan plan = new SignalPlanner().plan(chances, order, utility, profile.signals(),
          profile.specialty().latestSignals());
      ListOutcome none = ListOutcome.of(chances, order, new boolean[set.programCount()], cap);
      ListOutcome with = ListOutcome.of(chances, order, plan.signalled(set.programCount()), cap);
      System.out.printf("Step 2 %d: %d signals, P(match) %.3f -> %.3f%n", step2,
          plan.choices().size(), none.matchChance().p(), with.matchChance().p());
      assertThat(with.matchChance().successes()).isGreaterThanOrEqualTo(
          none.matchChance().successes());
      assertThat(with.expectedUtility(utility)).isGreaterThanOrEqualTo(
          none.expectedUtility(utility));
      assertThat(plan.choices().size()).isLessThanOrEqualTo(profile.signals());
      assertThat(plan.choices()).allMatch(c -> list.contains(c.program()));
      assertThat(plan.choices().stream().filter(c -> c.tier() == SignalPlan.Tier.GOLD).count())
          .isLessThanOrEqualTo(3);
      for (int i = 0; i < plan.choices().size(); i++) {
        assertThat(plan.choices().get(i).tier()).isEqualTo(i < 3 ? SignalPlan.Tier.GOLD
            : SignalPlan.Tier.SILVER);
      }
    }
  }

  @Test
  void signalsAreUsedAndMarkedInTheAdvice() {
    ScenarioSet set = AdviseFixtures.scenarios(K);
    Advice advice = new Advisor(2, ErasFees.bundled()).advise(set, AdviseFixtures.derm(252, 25),
        5);
    ApplicationAdvice list = advice.list();
    long marked = list.picks().stream().filter(p -> p.signal().isPresent()).count();
    assertThat(marked).isEqualTo(list.signals().choices().size()).isPositive();
    assertThat(list.signals().note()).contains("gold");
  }
}
