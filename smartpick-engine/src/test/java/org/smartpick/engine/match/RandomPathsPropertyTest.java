package org.smartpick.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.match.RandomMarkets.Shape;

/**
 * Properties of the random paths to stability that {@link RothPeransonMatcher} takes from
 * unstable attempts (Roth and Vande Vate 1990): they never make the returned matching worse than
 * the attempt they start from, their work is bounded, and they are deterministic.
 */
class RandomPathsPropertyTest {
  private final StabilityChecker checker = new StabilityChecker();

  private static Shape shape(SplittableRandom random) {
    return new Shape(2 + random.nextInt(6), random.nextInt(6), 1 + random.nextInt(4),
        1 + random.nextInt(4), random.nextBoolean(), random.nextBoolean());
  }

  @Test
  void pathsNeverReturnMoreBlockingPairsThanTheAttemptTheyStartFrom() {
    SplittableRandom random = new SplittableRandom(707);
    int improved = 0;
    for (int market = 0; market < 3000; market++) {
      MatchInstance instance = RandomMarkets.generate(shape(random), random);
      // No restarts: both runs make the same first attempt; only the path differs.
      RothPeransonOptions withPaths = RothPeransonOptions.withSeed(market).withMaxRestarts(0);
      MatchResult attempt = new RothPeransonMatcher(withPaths.withRandomPathSteps(0))
          .match(instance);
      MatchResult path = new RothPeransonMatcher(withPaths).match(instance);
      assertThat(path.blockingPairs().size()).as("market %d", market)
          .isLessThanOrEqualTo(attempt.blockingPairs().size());
      StabilityReport report = checker.check(instance, path);
      assertThat(report.violations()).as("market %d", market).isEmpty();
      assertThat(report.blockingPairs()).as("market %d", market)
          .isEqualTo(path.blockingPairs());
      if (path.blockingPairs().size() < attempt.blockingPairs().size()) {
        improved++;
      }
    }
    System.out.printf("random paths reduced the blocking pairs of %d of 3000 markets%n", improved);
    assertThat(improved).isPositive();
  }

  @Test
  void pathWorkIsBoundedByTheStepBudget() {
    SplittableRandom random = new SplittableRandom(808);
    for (int market = 0; market < 2000; market++) {
      MatchInstance instance = RandomMarkets.generate(shape(random), random);
      int restarts = random.nextInt(3);
      int pathSteps = random.nextInt(6);
      RothPeransonOptions options = new RothPeransonOptions(market, restarts, 1, 1 + random.nextInt(3),
          pathSteps);
      MatchResult result = new RothPeransonMatcher(options).match(instance);
      long stepLimit = instance.rankListEntries() + instance.applicantCount()
          + instance.coupleCount() + 1;
      // Every attempt and every path step has its own proposal bound (exceeded by at most one).
      long bound = (restarts + 1L + pathSteps) * (stepLimit + 1);
      assertThat(result.proposals()).as("market %d", market).isLessThanOrEqualTo(bound);
      assertThat(result.restarts()).isLessThanOrEqualTo(restarts);
    }
  }

  @Test
  void pathsAreDeterministicForASeed() {
    SplittableRandom random = new SplittableRandom(909);
    for (int market = 0; market < 500; market++) {
      MatchInstance instance = RandomMarkets.generate(shape(random), random);
      RothPeransonOptions options = RothPeransonOptions.withSeed(market).withMaxRestarts(2);
      MatchResult first = new RothPeransonMatcher(options).match(instance);
      MatchResult second = new RothPeransonMatcher(options).match(instance);
      assertThat(second.blockingPairs()).isEqualTo(first.blockingPairs());
      assertThat(second.proposals()).isEqualTo(first.proposals());
      for (int a = 0; a < instance.applicantCount(); a++) {
        assertThat(second.programOf(a)).isEqualTo(first.programOf(a));
        assertThat(second.supplementalProgramOf(a)).isEqualTo(first.supplementalProgramOf(a));
      }
    }
  }

  @Test
  void classicInstanceWithoutStableMatchingStillEndsWithItsBlockingPairListed() {
    MatchInstance instance = RothPeransonExamplesTest.noStableMatching();
    MatchResult result = new RothPeransonMatcher(RothPeransonOptions.withSeed(1)).match(instance);
    assertThat(result.stable()).isFalse();
    assertThat(result.blockingPairs()).isEqualTo(checker.check(instance, result).blockingPairs());
  }
}
