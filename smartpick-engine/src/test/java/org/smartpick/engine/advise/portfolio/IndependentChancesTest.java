package org.smartpick.engine.advise.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IndependentChancesTest {

  @Test
  void valueEqualsTheExpectationOverEveryOutcome() {
    SplittableRandom random = new SplittableRandom(11L);
    for (int trial = 0; trial < 300; trial++) {
      IndependentChances problem = RandomInstances.independent(random, 10, false);
      List<List<Integer>> subsets = BruteForce.subsets(problem.size());
      for (int draw = 0; draw < 5; draw++) {
        List<Integer> set = subsets.get(random.nextInt(subsets.size()));
        assertThat(problem.value(set)).as("trial %d set %s", trial, set)
            .isCloseTo(BruteForce.independentValueByOutcomes(problem, set), within(1e-12));
      }
    }
  }

  @Test
  void probabilityOutsideTheUnitIntervalNamesProgramFieldAndValue() {
    assertThatThrownBy(() -> new ProgramChance("Mayo", 1.2, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("program \"Mayo\": p = 1.2 is not a probability in [0, 1]");
    assertThatThrownBy(() -> new ProgramChance("Mayo", Double.NaN, 1, 1))
        .hasMessageContaining("p = NaN");
  }

  @Test
  void negativeOrInfiniteUtilityIsRefused() {
    assertThatThrownBy(() -> new ProgramChance("A", 0.5, -1, 1))
        .hasMessage("program \"A\": utility = -1.0 must be a finite number >= 0");
    assertThatThrownBy(() -> new ProgramChance("A", 0.5, Double.POSITIVE_INFINITY, 1))
        .hasMessageContaining("utility = Infinity");
  }

  @Test
  void costBelowOneIsRefused() {
    assertThatThrownBy(() -> new ProgramChance("A", 0.5, 1, 0))
        .hasMessage("program \"A\": cost = 0 must be a whole number >= 1");
  }

  @Test
  void blankIdIsRefused() {
    assertThatThrownBy(() -> new ProgramChance(" ", 0.5, 1, 1))
        .hasMessageContaining("id must not be blank");
  }

  @Test
  void duplicateIdNamesBothPositions() {
    assertThatThrownBy(() -> new IndependentChances(List.of(
        new ProgramChance("A", 0.5, 1, 1), new ProgramChance("B", 0.5, 1, 1),
        new ProgramChance("A", 0.2, 1, 1)), 2))
        .hasMessage("programs[2]: id \"A\" repeats the id of programs[0]");
  }

  @Test
  void negativeBudgetIsRefused() {
    assertThatThrownBy(() -> new IndependentChances(List.of(), -3))
        .hasMessage("budget = -3 must be >= 0");
  }

  @Test
  void equalCostsAreDetected() {
    assertThat(new IndependentChances(List.of(), 0).hasEqualCosts()).isTrue();
    assertThat(new IndependentChances(List.of(new ProgramChance("A", 0.5, 1, 2),
        new ProgramChance("B", 0.5, 1, 2)), 0).hasEqualCosts()).isTrue();
    assertThat(new IndependentChances(List.of(new ProgramChance("A", 0.5, 1, 2),
        new ProgramChance("B", 0.5, 1, 3)), 0).hasEqualCosts()).isFalse();
  }
}
