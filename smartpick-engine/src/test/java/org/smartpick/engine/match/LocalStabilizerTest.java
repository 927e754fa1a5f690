package org.smartpick.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.match.RandomMarkets.Shape;

/**
 * The local stabilization search on seeded tiny couple markets, against brute-force enumeration
 * of their stable matchings ({@link StableMatchings}).
 */
class LocalStabilizerTest {
  private final StabilityChecker checker = new StabilityChecker();

  /** One Roth–Peranson attempt: no restarts, no random paths, no local or exact search. */
  private static MatchResult plainAttempt(MatchInstance instance, long seed) {
    RothPeransonOptions options = RothPeransonOptions.withSeed(seed).withMaxRestarts(0)
        .withRandomPathSteps(0).withLocalSearchStates(0).withExactSearchConflicts(0);
    return new RothPeransonMatcher(options).match(instance);
  }

  private static RothPeransonAttempt attempt(MatchResult result) {
    int applicants = result.applicantCount();
    int programs = result.programCount();
    int[] programOf = new int[applicants];
    int[] supplementalOf = new int[applicants];
    int[] matchedRank = new int[applicants];
    for (int a = 0; a < applicants; a++) {
      programOf[a] = result.programOf(a);
      supplementalOf[a] = result.supplementalProgramOf(a);
      matchedRank[a] = result.matchedRank(a);
    }
    int[] capacity = new int[programs];
    int[] filled = new int[programs];
    for (int p = 0; p < programs; p++) {
      capacity[p] = result.finalCapacity(p);
      filled[p] = result.filled(p);
    }
    return new RothPeransonAttempt(programOf, supplementalOf, matchedRank, capacity, filled,
        result.proposals(), result.displacements(), false);
  }

  private static Shape tinyCouplesShape(SplittableRandom random) {
    return new Shape(3 + random.nextInt(3), 2 + random.nextInt(6), 2 + random.nextInt(2), 4,
        false, false);
  }

  @Test
  void findsStableMatchingsThatExistAndOnlyStableOnes() {
    SplittableRandom random = new SplittableRandom(909);
    LocalStabilizer stabilizer = new LocalStabilizer(200, 4);
    int unstableWithStable = 0;
    int found = 0;
    int unstableWithout = 0;
    for (int market = 0; market < 10_000; market++) {
      MatchInstance instance = RandomMarkets.generate(tinyCouplesShape(random), random);
      MatchResult plain = plainAttempt(instance, market);
      if (plain.stable()) {
        continue;
      }
      List<int[]> stable = StableMatchings.all(instance);
      LocalStabilizer.Outcome outcome = stabilizer.search(instance, attempt(plain),
          plain.blockingPairs());
      assertThat(outcome.states()).isLessThanOrEqualTo(200);
      if (outcome.stable() != null) {
        int[] programOf = outcome.stable().programOf();
        assertThat(stable).as("market %d: the result is one of the stable matchings", market)
            .anySatisfy(m -> assertThat(m).isEqualTo(programOf));
        assertThat(checker.check(instance, programOf, outcome.stable().supplementalProgramOf(),
            outcome.stable().finalCapacity()).stable()).isTrue();
      }
      if (stable.isEmpty()) {
        unstableWithout++;
        assertThat(outcome.stable()).as("market %d has no stable matching", market).isNull();
      } else {
        unstableWithStable++;
        found += outcome.stable() != null ? 1 : 0;
      }
    }
    System.out.printf("tiny couple markets where one attempt ends unstable: %d without a stable "
        + "matching, %d with one; local search found one in %d%n", unstableWithout,
        unstableWithStable, found);
    // Fixed seed; guards against regressions of a heuristic (NP-hard in general).
    assertThat(unstableWithStable).isGreaterThan(20);
    assertThat(found).isGreaterThanOrEqualTo(unstableWithStable * 9 / 10);
  }

  @Test
  void withoutCouplesAnApplicantTakenOutOfTheStableMatchingIsPutBack() {
    SplittableRandom random = new SplittableRandom(912);
    DeferredAcceptance reference = new DeferredAcceptance();
    LocalStabilizer stabilizer = new LocalStabilizer(60, 4);
    int perturbed = 0;
    for (int market = 0; market < 1000; market++) {
      Shape shape = new Shape(2 + random.nextInt(8), 1 + random.nextInt(14), 0,
          1 + random.nextInt(5), false, false);
      MatchInstance instance = RandomMarkets.generate(shape, random);
      MatchResult optimal = reference.match(instance);
      RothPeransonAttempt start = attempt(optimal);
      int a = random.nextInt(instance.applicantCount());
      if (start.programOf()[a] == MatchInstance.NONE) {
        continue;
      }
      start.filled()[start.programOf()[a]]--;
      start.programOf()[a] = MatchInstance.NONE;
      List<BlockingPair> blocking = checker.check(instance, start.programOf(),
          start.supplementalProgramOf(), start.finalCapacity()).blockingPairs();
      assertThat(blocking).as("market %d", market).isNotEmpty();
      perturbed++;
      LocalStabilizer.Outcome outcome = stabilizer.search(instance, start, blocking);
      assertThat(outcome.stable()).as("market %d", market).isNotNull();
      // the applicant-optimal stable matching is reached again (Gale and Shapley 1962)
      assertThat(outcome.stable().programOf()).as("market %d", market)
          .isEqualTo(attempt(optimal).programOf());
    }
    assertThat(perturbed).isGreaterThan(500);
  }

  @Test
  void matcherNeverReturnsMoreBlockingPairsWithTheSearchThanWithout() {
    SplittableRandom random = new SplittableRandom(910);
    for (int market = 0; market < 2000; market++) {
      Shape shape = new Shape(2 + random.nextInt(8), random.nextInt(14), 1 + random.nextInt(4),
          1 + random.nextInt(5), random.nextBoolean(), random.nextBoolean());
      MatchInstance instance = RandomMarkets.generate(shape, random);
      RothPeransonOptions options = RothPeransonOptions.withSeed(market).withMaxRestarts(0)
          .withExactSearchConflicts(0);
      MatchResult without = new RothPeransonMatcher(options.withLocalSearchStates(0))
          .match(instance);
      MatchResult with = new RothPeransonMatcher(options).match(instance);
      assertThat(with.blockingPairs().size()).as("market %d", market)
          .isLessThanOrEqualTo(without.blockingPairs().size());
      StabilityReport report = checker.check(instance, with);
      assertThat(report.feasible()).as("market %d: %s", market, report.violations()).isTrue();
      assertThat(report.blockingPairs()).isEqualTo(with.blockingPairs());
      if (!without.stable()) {
        assertThat(with.searchStates()).isBetween(with.stable() ? 1 : 0,
            RothPeransonOptions.DEFAULT_LOCAL_SEARCH_STATES);
      } else {
        assertThat(with.searchStates()).isZero();
      }
    }
  }

  @Test
  void searchStopsAtItsBudgetAndIsDeterministic() {
    SplittableRandom random = new SplittableRandom(911);
    int searched = 0;
    for (int market = 0; market < 10_000 && searched < 50; market++) {
      MatchInstance instance = RandomMarkets.generate(tinyCouplesShape(random), random);
      MatchResult plain = plainAttempt(instance, market);
      if (plain.stable()) {
        continue;
      }
      searched++;
      for (int budget : new int[] {0, 1, 3}) {
        LocalStabilizer.Outcome outcome = new LocalStabilizer(budget, 4)
            .search(instance, attempt(plain), plain.blockingPairs());
        assertThat(outcome.states()).isLessThanOrEqualTo(budget);
      }
      LocalStabilizer stabilizer = new LocalStabilizer(50, 4);
      LocalStabilizer.Outcome first = stabilizer.search(instance, attempt(plain),
          plain.blockingPairs());
      LocalStabilizer.Outcome again = stabilizer.search(instance, attempt(plain),
          plain.blockingPairs());
      assertThat(again.states()).isEqualTo(first.states());
      assertThat(again.stable() == null ? null : Arrays.toString(again.stable().programOf()))
          .isEqualTo(first.stable() == null ? null : Arrays.toString(first.stable().programOf()));
    }
    assertThat(searched).isEqualTo(50);
  }
}
