package org.smartpick.engine.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.smartpick.engine.market.CycleMetrics;
import org.smartpick.engine.market.CycleOutcome;
import org.smartpick.engine.market.CycleSimulator;
import org.smartpick.engine.market.MarketFrame;
import org.smartpick.engine.market.MarketParameters;
import org.smartpick.engine.market.MetricKey;

/**
 * Runs K replicas of a cycle on T threads. Replica r is simulated from seed
 * {@link #replicaSeed(long, int)}: the study seed's {@link SplittableRandom} split r+1 times in
 * order, so any replica can be recomputed alone (a distributed runner can take any slice) and the
 * result of a study is identical for every thread count: per-replica results are kept in replica
 * order and folded in that order.
 *
 * <p>Progress is reported after each finished replica (from worker threads). Cancellation is
 * checked before each replica starts; a cancelled run returns the replicas finished so far.
 * Running time K × (one replica) / T. Immutable; one instance may run several studies at once.
 *
 * @param replicas number of replicas K (at least 1)
 * @param threads worker threads T (at least 1)
 */
public record MonteCarlo(int replicas, int threads) {

  /** Receives progress: replicas finished out of the total. */
  @FunctionalInterface
  public interface Progress {
    void finished(int done, int total);
  }

  /**
   * Sees one replica's whole outcome (replica index from 0) before it is summarised and dropped.
   * Called from worker threads, for several replicas at once and in any order: implementations
   * must be thread-safe and keep their output keyed by replica for a thread-independent result.
   */
  @FunctionalInterface
  public interface ReplicaObserver {
    void observe(int replica, CycleOutcome outcome);
  }

  public MonteCarlo {
    if (replicas < 1) {
      throw new IllegalArgumentException("replicas must be at least 1, was " + replicas);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
  }

  /** The seed of replica r of a study with the given seed. O(r). */
  public static long replicaSeed(long studySeed, int replica) {
    if (replica < 0) {
      throw new IllegalArgumentException("replica must be 0 or more, was " + replica);
    }
    SplittableRandom root = new SplittableRandom(studySeed);
    for (int r = 0; r < replica; r++) {
      root.split();
    }
    return root.split().nextLong();
  }

  /**
   * Runs the replicas and summarises {@link CycleMetrics} over them.
   *
   * @return the summary with the study seed and the replicas finished
   */
  public MonteCarloResult run(MarketFrame frame, MarketParameters parameters, long seed,
      Progress progress, BooleanSupplier cancelled) {
    return run(frame, parameters, seed, progress, cancelled, (replica, outcome) -> { });
  }

  /**
   * Runs the replicas and summarises {@link CycleMetrics} over them, showing each replica's whole
   * outcome to the observer first (for exports of per-replica detail such as the call log).
   *
   * @return the summary with the study seed and the replicas finished
   */
  public MonteCarloResult run(MarketFrame frame, MarketParameters parameters, long seed,
      Progress progress, BooleanSupplier cancelled, ReplicaObserver observer) {
    List<Map<MetricKey, Double>> perReplica = replicate(frame, parameters, seed,
        (replica, outcome) -> {
          observer.observe(replica, outcome);
          return CycleMetrics.of(outcome);
        }, progress, cancelled);
    MetricSummary summary = new MetricSummary();
    int done = 0;
    for (Map<MetricKey, Double> metrics : perReplica) {
      if (metrics != null) {
        summary.add(metrics);
        done++;
      }
    }
    return new MonteCarloResult(seed, replicas, done, done < replicas, summary);
  }

  /**
   * Simulates every replica and maps its outcome (outcomes are dropped after mapping, so memory
   * stays at T outcomes); results in replica order, null for replicas skipped by cancellation.
   */
  public <T> List<T> replicate(MarketFrame frame, MarketParameters parameters, long seed,
      Function<CycleOutcome, T> mapper, Progress progress, BooleanSupplier cancelled) {
    return replicate(frame, parameters, seed, (replica, outcome) -> mapper.apply(outcome),
        progress, cancelled);
  }

  private <T> List<T> replicate(MarketFrame frame, MarketParameters parameters, long seed,
      BiFunction<Integer, CycleOutcome, T> mapper, Progress progress, BooleanSupplier cancelled) {
    long[] seeds = new long[replicas];
    SplittableRandom root = new SplittableRandom(seed);
    for (int r = 0; r < replicas; r++) {
      seeds[r] = root.split().nextLong();
    }
    List<T> results = new ArrayList<>(java.util.Collections.nCopies(replicas, null));
    AtomicInteger next = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          for (int r = next.getAndIncrement(); r < replicas && !cancelled.getAsBoolean();
              r = next.getAndIncrement()) {
            T value = mapper.apply(r, CycleSimulator.simulate(frame, parameters, seeds[r]));
            synchronized (results) {
              results.set(r, value);
            }
            progress.finished(finished.incrementAndGet(), replicas);
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Monte Carlo run interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("replica failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    synchronized (results) {
      return new ArrayList<>(results);
    }
  }
}
