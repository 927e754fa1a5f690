package org.smartpick.engine.advise.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScenarioChancesTest {

  @Test
  void successesAcrossWordBoundariesAreKept() {
    ScenarioChances.Builder builder = ScenarioChances.builder(130);
    int a = builder.addProgram("A", 3, 1);
    int b = builder.addProgram("B", 5, 1);
    builder.accepts(0, a).accepts(63, a).accepts(64, a).accepts(129, a).accepts(64, b);
    ScenarioChances problem = builder.build();
    assertThat(problem.accepts(63, a)).isTrue();
    assertThat(problem.accepts(64, a)).isTrue();
    assertThat(problem.accepts(129, a)).isTrue();
    assertThat(problem.accepts(65, a)).isFalse();
    assertThat(problem.value(List.of(a, b))).isCloseTo((3 * 3 + 5) / 130.0, within(1e-15));
  }

  @Test
  void valueMatchesThePlainMatrix() {
    SplittableRandom random = new SplittableRandom(9L);
    for (int trial = 0; trial < 300; trial++) {
      RandomInstances.Scenarios instance = RandomInstances.scenarios(random, 10, 150, false);
      List<List<Integer>> subsets = BruteForce.subsets(instance.utility().length);
      List<Integer> set = subsets.get(random.nextInt(subsets.size()));
      assertThat(instance.problem().value(set)).as("trial %d", trial).isCloseTo(
          BruteForce.scenarioValue(instance.success(), instance.utility(), set), within(1e-12));
    }
  }

  @Test
  void badInputNamesTheFieldAndValue() {
    assertThatThrownBy(() -> ScenarioChances.builder(0))
        .hasMessage("scenarioCount = 0 must be >= 1");
    ScenarioChances.Builder builder = ScenarioChances.builder(2);
    builder.addProgram("A", 1, 1);
    assertThatThrownBy(() -> builder.addProgram("A", 1, 1))
        .hasMessage("program id \"A\" is used twice");
    assertThatThrownBy(() -> builder.addProgram("B", -2, 1))
        .hasMessage("program \"B\": utility = -2.0 must be a finite number >= 0");
    assertThatThrownBy(() -> builder.addProgram("C", 1, 0))
        .hasMessage("program \"C\": cost = 0 must be a whole number >= 1");
    assertThatThrownBy(() -> builder.accepts(2, 0))
        .hasMessage("scenario = 2 is outside 0..1");
    assertThatThrownBy(() -> builder.accepts(0, 1))
        .hasMessage("program = 1 is outside 0..0");
    assertThatThrownBy(() -> builder.budget(-1)).hasMessage("budget = -1 must be >= 0");
  }
}
