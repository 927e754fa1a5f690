package org.smartpick.engine.advise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListOutcomeTest {

  @Test
  void addingOneSignalIncrementallyEqualsEvaluatingTheListAgain() {
    ScenarioSet set = AdviseFixtures.scenarios(60);
    var profile = AdviseFixtures.derm(250, 30);
    Chances chances = new ChanceEstimator(2).estimate(set, StudentModel.of(profile, set), 21, 2);
    double[] utility = ApplicationListOptimizer.utilities(chances, profile);
    int n = set.programCount();
    int cap = set.parameters().maxInterviews();
    SplittableRandom random = new SplittableRandom(8);
    for (int trial = 0; trial < 20; trial++) {
      List<Integer> list = IntStream.range(0, n).filter(j -> random.nextInt(4) == 0).boxed()
          .toList();
      int[] order = ListOutcome.byPreference(list, utility);
      ListBits bits = ListBits.of(chances, order);
      boolean[] signalled = new boolean[n];
      ListOutcome current = ListOutcome.of(chances, order, signalled, cap);
      for (int i = 0; i < order.length; i++) {
        if (random.nextBoolean()) {
          signalled[order[i]] = true;
          current = current.withSignal(bits, signalled, cap, i);
          ListOutcome again = ListOutcome.of(chances, order, signalled, cap);
          for (int s = 0; s < chances.sampleCount(); s++) {
            assertThat(current.matchedProgram(s)).isEqualTo(again.matchedProgram(s));
            assertThat(current.interviews(s)).isEqualTo(again.interviews(s));
          }
        }
      }
    }
  }

  @Test
  void anEmptyListIsUnmatchedInEverySample() {
    ScenarioSet set = AdviseFixtures.scenarios(60);
    Chances chances = new ChanceEstimator(2).estimate(set,
        StudentModel.of(AdviseFixtures.derm(250, 30), set), 21, 2);
    ListOutcome none = ListOutcome.of(chances, new int[0], new boolean[set.programCount()], 1);
    assertThat(none.matchChance().trials()).isEqualTo(120);
    assertThat(none.matchChance().successes()).isZero();
  }
}
