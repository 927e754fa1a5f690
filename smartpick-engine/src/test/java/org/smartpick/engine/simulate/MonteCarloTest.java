package org.smartpick.engine.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.market.MarketFrame;
import org.smartpick.engine.market.MarketParameters;
import org.smartpick.engine.market.MarketScope;
import org.smartpick.engine.market.MetricKey;
import org.smartpick.engine.match.StabilityChecker;

class MonteCarloTest {
  private static final MarketParameters P = MarketParameters.defaults();
  private static final MarketFrame ORTHO =
      MarketFrame.of(MarketScope.specialty("Orthopaedic Surgery"), P);

  @Test
  void sameSeedGivesTheSameSummaryForOneAndTwoThreads() {
    MonteCarloResult one = new MonteCarlo(4, 1).run(ORTHO, P, 99, (d, t) -> { }, () -> false);
    MonteCarloResult two = new MonteCarlo(4, 2).run(ORTHO, P, 99, (d, t) -> { }, () -> false);
    assertThat(two.summary().keys()).isEqualTo(one.summary().keys());
    for (MetricKey key : one.summary().keys()) {
      assertThat(two.summary().interval(key)).isEqualTo(one.summary().interval(key));
    }
    assertThat(one.replicasDone()).isEqualTo(4);
    assertThat(one.cancelled()).isFalse();
  }

  @Test
  void everyReplicaMatchIsStableAndReplicaSeedsAreReproducible() {
    List<Boolean> stable = new MonteCarlo(3, 2).replicate(ORTHO, P, 7,
        o -> new StabilityChecker().check(o.matchInstance(), o.matchResult()).stable(),
        (d, t) -> { }, () -> false);
    assertThat(stable).containsOnly(true).hasSize(3);
    List<Long> seeds = new MonteCarlo(3, 1).replicate(ORTHO, P, 7, o -> o.seed(),
        (d, t) -> { }, () -> false);
    for (int r = 0; r < 3; r++) {
      assertThat(seeds.get(r)).isEqualTo(MonteCarlo.replicaSeed(7, r));
    }
  }

  @Test
  void theObserverSeesEveryReplicaOnceWithItsSeed() {
    java.util.Map<Integer, Long> seen = new java.util.concurrent.ConcurrentHashMap<>();
    MonteCarloResult result = new MonteCarlo(4, 2).run(ORTHO, P, 11, (d, t) -> { },
        () -> false, (replica, outcome) -> assertThat(seen.put(replica, outcome.seed())).isNull());
    assertThat(seen).hasSize(4);
    for (int r = 0; r < 4; r++) {
      assertThat(seen.get(r)).isEqualTo(MonteCarlo.replicaSeed(11, r));
    }
    MonteCarloResult plain = new MonteCarlo(4, 1).run(ORTHO, P, 11, (d, t) -> { }, () -> false);
    for (MetricKey key : plain.summary().keys()) {
      assertThat(result.summary().interval(key)).isEqualTo(plain.summary().interval(key));
    }
  }

  @Test
  void progressIsReportedAndCancellationStopsEarly() {
    AtomicInteger calls = new AtomicInteger();
    new MonteCarlo(3, 2).run(ORTHO, P, 1, (d, t) -> calls.incrementAndGet(), () -> false);
    assertThat(calls.get()).isEqualTo(3);
    MonteCarloResult cancelled = new MonteCarlo(5, 1).run(ORTHO, P, 1, (d, t) -> { }, () -> true);
    assertThat(cancelled.cancelled()).isTrue();
    assertThat(cancelled.replicasDone()).isZero();
  }

  @Test
  void settingsAreValidated() {
    assertThatThrownBy(() -> new MonteCarlo(0, 1)).hasMessage("replicas must be at least 1, was 0");
    assertThatThrownBy(() -> new MonteCarlo(1, 0)).hasMessage("threads must be at least 1, was 0");
  }

  @Test
  void mergedSummariesEqualOneSummaryOfAllReplicas() {
    MetricKey key = new MetricKey("s", "all", "m", "");
    SplittableRandom random = new SplittableRandom(3);
    for (int trial = 0; trial < 50; trial++) {
      int n = 2 + random.nextInt(40);
      int cut = random.nextInt(n + 1);
      MetricSummary whole = new MetricSummary();
      MetricSummary left = new MetricSummary();
      MetricSummary right = new MetricSummary();
      for (int k = 0; k < n; k++) {
        double value = random.nextDouble() < 0.1 ? Double.NaN : random.nextGaussian() * 5;
        whole.add(Map.of(key, value));
        (k < cut ? left : right).add(Map.of(key, value));
      }
      Interval expected = whole.interval(key);
      Interval merged = left.merge(right).interval(key);
      assertThat(merged.replicas()).isEqualTo(expected.replicas());
      if (expected.replicas() > 1) {
        assertThat(merged.mean()).isCloseTo(expected.mean(), within(1e-9));
        assertThat(merged.high()).isCloseTo(expected.high(), within(1e-9));
      }
    }
  }

  @Test
  void intervalsCoverTheTrueMeanAboutNinetyFivePercentOfTheTime() {
    MetricKey key = new MetricKey("s", "all", "m", "");
    SplittableRandom random = new SplittableRandom(4);
    int covered = 0;
    int trials = 2000;
    for (int trial = 0; trial < trials; trial++) {
      MetricSummary summary = new MetricSummary();
      for (int k = 0; k < 8; k++) {
        summary.add(Map.of(key, 5 + random.nextGaussian()));
      }
      Interval interval = summary.interval(key);
      covered += interval.low() <= 5 && interval.high() >= 5 ? 1 : 0;
    }
    // binomial standard error 0.005 at 95%; tolerance 0.015
    assertThat((double) covered / trials).isCloseTo(0.95, within(0.015));
  }

  @Test
  void studentQuantilesMatchTables() {
    assertThat(StudentT.quantile975(1)).isCloseTo(12.706, within(1e-3));
    assertThat(StudentT.quantile975(2)).isCloseTo(4.303, within(1e-3));
    assertThat(StudentT.quantile975(10)).isCloseTo(2.228, within(2e-3));
    assertThat(StudentT.quantile975(29)).isCloseTo(2.045, within(1e-3));
  }
}
