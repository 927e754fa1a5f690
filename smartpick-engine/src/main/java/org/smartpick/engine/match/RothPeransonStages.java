package org.smartpick.engine.match;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The stages of {@link RothPeransonMatcher#match} exposed one by one so that benchmarks can time
 * them separately: building the flat index, one attempt of the algorithm (the first attempt of
 * {@code match}, with the same seeded order of couples), and the independent verification by
 * {@link StabilityChecker}. {@code match} is these three plus restarts and random paths when an
 * attempt is unstable. Not meant for production use; results are the same as {@code match}'s first
 * attempt.
 */
public final class RothPeransonStages {
  private final MatchInstance instance;
  private final RothPeransonOptions options;

  /** An index built by {@link #buildIndex()}, opaque to callers. */
  public static final class Index {
    private final MarketIndex index;

    private Index(MarketIndex index) {
      this.index = index;
    }
  }

  public RothPeransonStages(MatchInstance instance, RothPeransonOptions options) {
    this.instance = Objects.requireNonNull(instance, "instance");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Stage 1: the flat index (rank lists, cross-index of ranks and positions). */
  public Index buildIndex() {
    return new Index(new MarketIndex(instance));
  }

  /**
   * Stage 2: one attempt of the algorithm on a built index, couples entering in the same seeded
   * order as {@code match}'s first attempt; returns each applicant's primary program or
   * {@link MatchInstance#NONE}.
   */
  public int[] runFirstAttempt(Index index) {
    int[] order = RothPeransonMatcher.identity(instance.coupleCount());
    RothPeransonMatcher.shuffle(order, new SplittableRandom(options.seed()));
    return new RothPeransonRun(index.index, options).run(order).programOf();
  }

  /** Stage 3: the independent stability check of a matching (what {@code match} runs per attempt). */
  public StabilityReport verify(int[] programOf, int[] supplementalOf, int[] finalCapacity) {
    return new StabilityChecker().check(instance, programOf, supplementalOf, finalCapacity);
  }
}
