package org.smartpick.engine.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.match.ExactStabilizer.Outcome;
import org.smartpick.engine.match.ExactStabilizer.Verdict;
import org.smartpick.engine.match.RandomMarkets.Shape;

/**
 * The exact stability search (SAT encoding and CDCL solver) on seeded tiny couple markets,
 * against brute-force enumeration of their stable matchings ({@link StableMatchings}).
 */
class ExactStabilizerTest {
  private static final ExactStabilizer GENEROUS = new ExactStabilizer(1_000_000, 100_000_000,
      10, 10_000);
  private final StabilityChecker checker = new StabilityChecker();

  private static Shape tinyCouplesShape(SplittableRandom random) {
    return new Shape(3 + random.nextInt(3), 2 + random.nextInt(6), 2 + random.nextInt(2), 4,
        false, false);
  }

  /**
   * Everyone unmatched; final capacities by the reversion rule (a program with a receiver passes
   * all its positions on, along the chain), so without reversions the instance's.
   */
  private static RothPeransonAttempt empty(MatchInstance instance) {
    int[] programOf = new int[instance.applicantCount()];
    Arrays.fill(programOf, MatchInstance.NONE);
    int[] capacity = new int[instance.programCount()];
    for (int p = 0; p < capacity.length; p++) {
      int root = p;
      while (instance.revertTo(root) != MatchInstance.NONE) {
        root = instance.revertTo(root);
      }
      capacity[root] += instance.capacity(p);
    }
    return RothPeransonAttempt.of(instance, programOf, programOf.clone(), capacity, 0, 0);
  }

  private static RothPeransonAttempt attempt(MatchResult result) {
    int[] programOf = new int[result.applicantCount()];
    int[] supplementalOf = new int[result.applicantCount()];
    for (int a = 0; a < programOf.length; a++) {
      programOf[a] = result.programOf(a);
      supplementalOf[a] = result.supplementalProgramOf(a);
    }
    int[] capacity = new int[result.programCount()];
    for (int p = 0; p < capacity.length; p++) {
      capacity[p] = result.finalCapacity(p);
    }
    return new RothPeransonAttempt(programOf, supplementalOf, new int[programOf.length],
        capacity, new int[capacity.length], 0, 0, false);
  }

  private List<BlockingPair> blocking(MatchInstance instance, RothPeransonAttempt start) {
    return checker.check(instance, start.programOf(), start.supplementalProgramOf(),
        start.finalCapacity()).blockingPairs();
  }

  /** From the empty matching: a stable matching is found iff one exists, else none is proved. */
  @Test
  void findsAStableMatchingIffOneExistsAndProvesNoneOtherwise() {
    SplittableRandom random = new SplittableRandom(2024);
    int withStable = 0;
    int without = 0;
    for (int market = 0; market < 4000; market++) {
      MatchInstance instance = RandomMarkets.generate(tinyCouplesShape(random), random);
      List<int[]> stable = StableMatchings.all(instance);
      RothPeransonAttempt start = empty(instance);
      Outcome outcome = GENEROUS.search(instance, start, blocking(instance, start));
      if (stable.isEmpty()) {
        without++;
        assertThat(outcome.verdict()).as("market %d has no stable matching", market)
            .isEqualTo(Verdict.NO_STABLE_MATCHING);
        assertThat(outcome.stable()).isNull();
      } else {
        withStable++;
        assertThat(outcome.verdict()).as("market %d has %d stable matchings", market,
            stable.size()).isEqualTo(Verdict.FOUND);
        int[] programOf = outcome.stable().programOf();
        assertThat(stable).as("market %d: the result is one of the stable matchings", market)
            .anySatisfy(m -> assertThat(m).isEqualTo(programOf));
      }
    }
    System.out.printf("exact search on tiny couple markets: %d with a stable matching (all "
        + "found), %d without (all proved)%n", withStable, without);
    // fixed seed: 35 markets without a stable matching among 4,000
    assertThat(without).isGreaterThan(30);
    assertThat(withStable).isGreaterThan(3000);
  }

  /** With supplemental PGY-1 lists (advanced programs), from the empty matching. */
  @Test
  void findsAStableMatchingIffOneExistsWithSupplementalLists() {
    SplittableRandom random = new SplittableRandom(2028);
    int withStable = 0;
    int without = 0;
    int supplementalUsed = 0;
    for (int market = 0; market < 3000; market++) {
      Shape shape = new Shape(3 + random.nextInt(3), 2 + random.nextInt(5),
          1 + random.nextInt(2), 3, true, false);
      MatchInstance instance = RandomMarkets.generate(shape, random);
      List<int[]> stable = StableMatchings.allWithSupplemental(instance);
      RothPeransonAttempt start = empty(instance);
      Outcome outcome = GENEROUS.search(instance, start, blocking(instance, start));
      if (stable.isEmpty()) {
        without++;
        assertThat(outcome.verdict()).as("market %d has no stable matching", market)
            .isEqualTo(Verdict.NO_STABLE_MATCHING);
      } else {
        withStable++;
        assertThat(outcome.verdict()).as("market %d", market).isEqualTo(Verdict.FOUND);
        assertFoundIsEnumerated(stable, outcome.stable(), instance, market);
        if (Arrays.stream(outcome.stable().supplementalProgramOf())
            .anyMatch(p -> p != MatchInstance.NONE)) {
          supplementalUsed++;
        }
      }
    }
    System.out.printf("exact search with supplemental lists: %d with a stable matching (all "
        + "found, %d using a supplemental place), %d without (all proved)%n", withStable,
        supplementalUsed, without);
    assertThat(supplementalUsed).isGreaterThan(100);
    assertThat(without).isGreaterThan(10);
  }

  /**
   * With reversions (no chains) and optional supplemental lists, from the empty matching: a
   * matching stable under some reversion outcome is found iff one exists (brute force applies
   * the reversion rule to every assignment), else none is proved.
   */
  @Test
  void findsAStableMatchingIffOneExistsUnderTheReversionRule() {
    SplittableRandom random = new SplittableRandom(2030);
    int withStable = 0;
    int without = 0;
    int reverted = 0;
    for (int market = 0; market < 3000; market++) {
      Shape shape = new Shape(3 + random.nextInt(3), 2 + random.nextInt(5),
          1 + random.nextInt(2), 3, random.nextBoolean(), true);
      MatchInstance instance = RandomMarkets.generate(shape, random);
      if (hasChain(instance)) {
        continue;
      }
      List<int[]> stable = StableMatchings.allUnderReversions(instance);
      RothPeransonAttempt start = empty(instance);
      Outcome outcome = GENEROUS.search(instance, start, blocking(instance, start));
      if (stable.isEmpty()) {
        without++;
        assertThat(outcome.verdict()).as("market %d has no stable matching", market)
            .isEqualTo(Verdict.NO_STABLE_MATCHING);
      } else {
        withStable++;
        assertThat(outcome.verdict()).as("market %d", market).isEqualTo(Verdict.FOUND);
        assertFoundIsEnumerated(stable, outcome.stable(), instance, market);
        for (int p = 0; p < instance.programCount(); p++) {
          if (outcome.stable().finalCapacity()[p] != instance.capacity(p)) {
            reverted++;
            break;
          }
        }
      }
    }
    System.out.printf("exact search under the reversion rule: %d with a stable matching (all "
        + "found, %d with reverted positions), %d without (all proved)%n", withStable, reverted,
        without);
    assertThat(reverted).isGreaterThan(100);
    assertThat(without).isGreaterThan(5);
  }

  /** The matching found (primary then supplemental places) is one of those enumerated. */
  private static void assertFoundIsEnumerated(List<int[]> stable, RothPeransonAttempt found,
      MatchInstance instance, int market) {
    int n = instance.applicantCount();
    int[] both = Arrays.copyOf(found.programOf(), 2 * n);
    System.arraycopy(found.supplementalProgramOf(), 0, both, n, n);
    assertThat(stable).as("market %d", market).anySatisfy(m -> assertThat(m).isEqualTo(both));
  }

  private static boolean hasChain(MatchInstance instance) {
    for (int p = 0; p < instance.programCount(); p++) {
      int receiver = instance.revertTo(p);
      if (receiver != MatchInstance.NONE && instance.revertTo(receiver) != MatchInstance.NONE) {
        return true;
      }
    }
    return false;
  }

  /** From unstable Roth–Peranson attempts, as in the matcher. */
  @Test
  void resolvesUnstableAttemptsExactlyWhenAStableMatchingExists() {
    SplittableRandom random = new SplittableRandom(2025);
    int searched = 0;
    for (int market = 0; market < 10_000; market++) {
      Shape shape = new Shape(3 + random.nextInt(3), 2 + random.nextInt(6),
          2 + random.nextInt(2), 4, false, false);
      MatchInstance instance = RandomMarkets.generate(shape, random);
      RothPeransonOptions options = RothPeransonOptions.withSeed(market).withMaxRestarts(0)
          .withRandomPathSteps(0).withLocalSearchStates(0).withExactSearchConflicts(0);
      MatchResult plain = new RothPeransonMatcher(options).match(instance);
      if (plain.stable()) {
        continue;
      }
      searched++;
      List<int[]> stable = StableMatchings.all(instance);
      Outcome outcome = GENEROUS.search(instance, attempt(plain), plain.blockingPairs());
      assertThat(outcome.verdict()).as("market %d", market)
          .isEqualTo(stable.isEmpty() ? Verdict.NO_STABLE_MATCHING : Verdict.FOUND);
      if (outcome.stable() != null) {
        int[] programOf = outcome.stable().programOf();
        assertThat(stable).anySatisfy(m -> assertThat(m).isEqualTo(programOf));
      }
    }
    assertThat(searched).isGreaterThan(100);
  }

  /**
   * With supplemental lists and reversions the search is sound: what it returns is certified
   * stable with programs that have a receiver full, and when it claims that no stable matching
   * exists, none exists under any reversion outcome (brute force). It starts from unstable
   * attempts and from the empty matching.
   */
  @Test
  void staysSoundWithSupplementalListsAndReversions() {
    SplittableRandom random = new SplittableRandom(2026);
    int found = 0;
    int searched = 0;
    int proofs = 0;
    int proofsWithReversions = 0;
    for (int market = 0; market < 4000; market++) {
      Shape shape = new Shape(2 + random.nextInt(6), random.nextInt(8), 1 + random.nextInt(3),
          1 + random.nextInt(4), true, true);
      MatchInstance instance = RandomMarkets.generate(shape, random);
      RothPeransonOptions options = RothPeransonOptions.withSeed(market).withMaxRestarts(0)
          .withRandomPathSteps(0).withLocalSearchStates(0).withExactSearchConflicts(0);
      MatchResult plain = new RothPeransonMatcher(options).match(instance);
      boolean hasReversions = false;
      for (int p = 0; p < instance.programCount(); p++) {
        hasReversions |= instance.revertTo(p) != MatchInstance.NONE;
      }
      RothPeransonAttempt fromEmpty = empty(instance);
      for (RothPeransonAttempt start : plain.stable() ? List.of(fromEmpty)
          : List.of(attempt(plain), fromEmpty)) {
        List<BlockingPair> pairs = blocking(instance, start);
        if (pairs.isEmpty()) {
          continue;
        }
        searched++;
        Outcome outcome = GENEROUS.search(instance, start, pairs);
        if (outcome.verdict() == Verdict.NO_STABLE_MATCHING) {
          proofs++;
          proofsWithReversions += hasReversions ? 1 : 0;
          assertThat(hasReversions ? StableMatchings.allUnderReversions(instance)
              : StableMatchings.allWithSupplemental(instance))
              .as("market %d: proved without a stable matching", market).isEmpty();
        }
        if (outcome.stable() != null) {
          found++;
          RothPeransonAttempt s = outcome.stable();
          assertThat(checker.check(instance, s.programOf(), s.supplementalProgramOf(),
              s.finalCapacity()).stable()).as("market %d", market).isTrue();
          for (int p = 0; p < instance.programCount(); p++) {
            if (instance.revertTo(p) != MatchInstance.NONE) {
              assertThat(s.filled()[p]).as("market %d: a program with a receiver stays full",
                  market).isEqualTo(s.finalCapacity()[p]);
            }
          }
        }
      }
    }
    System.out.printf("exact search with supplemental lists and reversions: %d of %d unstable "
        + "starts resolved, %d proved without a stable matching (%d with reversions)%n", found,
        searched, proofs, proofsWithReversions);
    assertThat(proofsWithReversions).isGreaterThan(0);
    assertThat(found).isGreaterThan(searched / 2);
  }

  /** The matcher with its default budgets: stable exactly when a stable matching exists. */
  @Test
  void matcherEndsStableExactlyWhenAStableMatchingExists() {
    SplittableRandom random = new SplittableRandom(2029);
    int exactRuns = 0;
    for (int market = 0; market < 3000; market++) {
      MatchInstance instance = RandomMarkets.generate(tinyCouplesShape(random), random);
      List<int[]> stable = StableMatchings.all(instance);
      MatchResult result = new RothPeransonMatcher(RothPeransonOptions.withSeed(market))
          .match(instance);
      assertThat(result.stable()).as("market %d", market).isEqualTo(!stable.isEmpty());
      assertThat(checker.check(instance, result).feasible()).isTrue();
      if (result.stable()) {
        int[] programOf = attempt(result).programOf();
        assertThat(stable).anySatisfy(m -> assertThat(m).isEqualTo(programOf));
      }
      if (result.exactSearchConflicts() > 0) {
        exactRuns++;
      }
      MatchResult again = new RothPeransonMatcher(RothPeransonOptions.withSeed(market))
          .match(instance);
      assertThat(attempt(again).programOf()).as("market %d: same seed, same result", market)
          .isEqualTo(attempt(result).programOf());
      assertThat(again.exactSearchConflicts()).isEqualTo(result.exactSearchConflicts());
      MatchResult without = new RothPeransonMatcher(RothPeransonOptions.withSeed(market)
          .withExactSearchConflicts(0)).match(instance);
      assertThat(without.exactSearchConflicts()).isZero();
      if (without.stable()) {
        // the exact search runs only after everything else ended unstable
        assertThat(result.exactSearchConflicts()).isZero();
        assertThat(attempt(result).programOf()).isEqualTo(attempt(without).programOf());
      }
    }
    assertThat(exactRuns).isGreaterThan(10);
  }

  @Test
  void sameInputGivesTheSameResultAndTheBudgetIsRespected() {
    SplittableRandom random = new SplittableRandom(2027);
    for (int market = 0; market < 300; market++) {
      MatchInstance instance = RandomMarkets.generate(tinyCouplesShape(random), random);
      RothPeransonAttempt start = empty(instance);
      Outcome first = GENEROUS.search(instance, start, blocking(instance, start));
      Outcome again = GENEROUS.search(instance, start, blocking(instance, start));
      assertThat(again.verdict()).isEqualTo(first.verdict());
      assertThat(again.conflicts()).isEqualTo(first.conflicts());
      assertThat(again.stable() == null ? null : Arrays.toString(again.stable().programOf()))
          .isEqualTo(first.stable() == null ? null : Arrays.toString(first.stable().programOf()));
      Outcome tight = new ExactStabilizer(1, 1_000_000, 10, 10_000).search(instance, start,
          blocking(instance, start));
      assertThat(tight.conflicts()).isLessThanOrEqualTo(1);
      if (tight.verdict() == Verdict.FOUND) {
        assertThat(checker.check(instance, tight.stable().programOf(),
            tight.stable().supplementalProgramOf(), tight.stable().finalCapacity()).stable())
            .isTrue();
      }
    }
  }

  @Test
  void rejectsBadBudgets() {
    assertThatThrownBy(() -> new ExactStabilizer(0, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 conflicts");
    assertThatThrownBy(() -> new ExactStabilizer(1, 1, -1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }
}
