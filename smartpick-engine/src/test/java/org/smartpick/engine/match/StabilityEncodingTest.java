package org.smartpick.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.match.RandomMarkets.Shape;

/**
 * The SAT encoding on partial regions of seeded tiny couple markets: every model is a stable
 * matching of the whole market that keeps everyone outside the region in place, and whenever
 * some stable matching (from brute-force enumeration, {@link StableMatchings}) only moves free
 * applicants to places the region offers, the formula is satisfiable.
 */
class StabilityEncodingTest {
  private final StabilityChecker checker = new StabilityChecker();

  @Test
  void partialRegionsAreSoundAndCompleteForTheMatchingsTheyAllow() {
    SplittableRandom random = new SplittableRandom(3003);
    int reachable = 0;
    int satisfiable = 0;
    int unsatisfiable = 0;
    for (int market = 0; market < 3000; market++) {
      Shape shape = new Shape(3 + random.nextInt(4), 2 + random.nextInt(5),
          1 + random.nextInt(3), 3, random.nextBoolean(), false);
      MatchInstance instance = RandomMarkets.generate(shape, random);
      int n = instance.applicantCount();
      List<int[]> stable = StableMatchings.allWithSupplemental(instance);
      int[] both = startingMatching(instance, stable, random);
      int[] start = Arrays.copyOf(both, n);
      int[] startSupplemental = Arrays.copyOfRange(both, n, 2 * n);
      int[] capacity = new int[instance.programCount()];
      for (int p = 0; p < capacity.length; p++) {
        capacity[p] = instance.capacity(p);
      }
      if (!checker.check(instance, start, startSupplemental, capacity).feasible()) {
        continue;
      }
      List<Integer> seeds = new ArrayList<>();
      for (int p = 0; p < instance.programCount(); p++) {
        if (random.nextInt(3) == 0) {
          seeds.add(p);
        }
      }
      StabilityRegion region = StabilityRegion.around(instance, start, startSupplemental,
          capacity, seeds, random.nextInt(3));
      StabilityEncoding encoding = new StabilityEncoding(instance, start, startSupplemental,
          capacity, region);
      CdclSolver.Status status = encoding.solve(1_000_000, 100_000_000);
      assertThat(status).isNotEqualTo(CdclSolver.Status.UNKNOWN);
      boolean allowed = stable.stream().anyMatch(m -> allows(region, both, m));
      reachable += allowed ? 1 : 0;
      if (status == CdclSolver.Status.SATISFIABLE) {
        satisfiable++;
        StabilityEncoding.Matching model = encoding.decode();
        StabilityReport report = checker.check(instance, model.programOf(),
            model.supplementalOf(), capacity);
        assertThat(report.stable()).as("market %d: a model is stable: %s", market,
            describe(instance, region, start, model.programOf(), report)).isTrue();
        int[] modelBoth = Arrays.copyOf(model.programOf(), 2 * n);
        System.arraycopy(model.supplementalOf(), 0, modelBoth, n, n);
        assertThat(stable).anySatisfy(m -> assertThat(m).isEqualTo(modelBoth));
        assertThat(allows(region, both, modelBoth)).as("market %d: only free applicants move",
            market).isTrue();
      } else {
        unsatisfiable++;
        assertThat(allowed).as("market %d: a stable matching fits the region, yet UNSAT",
            market).isFalse();
      }
    }
    System.out.printf("partial regions: %d satisfiable, %d unsatisfiable, %d allowed a "
        + "stable matching%n", satisfiable, unsatisfiable, reachable);
    assertThat(satisfiable).isGreaterThan(500);
    assertThat(unsatisfiable).isGreaterThan(200);
  }

  private static String describe(MatchInstance instance, StabilityRegion region, int[] start,
      int[] model, StabilityReport report) {
    StringBuilder b = new StringBuilder();
    b.append("blocking ").append(report.blockingPairs()).append(report.violations());
    b.append("\nstart ").append(Arrays.toString(start)).append("\nmodel ")
        .append(Arrays.toString(model));
    for (int p = 0; p < instance.programCount(); p++) {
      b.append("\nP").append(p).append(" cap ").append(instance.capacity(p)).append(" open ")
          .append(region.isOpen(p)).append(" list ")
          .append(Arrays.toString(instance.programRankList(p)));
    }
    for (int a = 0; a < instance.applicantCount(); a++) {
      b.append("\na").append(a).append(" free ").append(region.isFree(a)).append(" couple ")
          .append(instance.coupleOf(a)).append(" list ")
          .append(Arrays.toString(instance.applicantRankList(a)));
    }
    for (int c = 0; c < instance.coupleCount(); c++) {
      b.append("\nc").append(c).append(" pairs ")
          .append(Arrays.toString(instance.coupleRankList(c)));
    }
    return b.toString();
  }

  /**
   * Primary then supplemental places (2 × applicants): a stable matching, or one with a few
   * applicants moved or unmatched, or everyone unmatched.
   */
  private static int[] startingMatching(MatchInstance instance, List<int[]> stable,
      SplittableRandom random) {
    int n = instance.applicantCount();
    int[] start;
    if (stable.isEmpty() || random.nextInt(4) == 0) {
      start = new int[2 * n];
      Arrays.fill(start, MatchInstance.NONE);
      return start;
    }
    start = stable.get(random.nextInt(stable.size())).clone();
    int changes = random.nextInt(3);
    for (int i = 0; i < changes; i++) {
      int a = random.nextInt(n);
      int couple = instance.coupleOf(a);
      if (couple == MatchInstance.NONE) {
        int[] list = instance.applicantRankList(a);
        start[a] = list.length == 0 || random.nextBoolean() ? MatchInstance.NONE
            : list[random.nextInt(list.length)];
        start[n + a] = MatchInstance.NONE;
      } else {
        for (int which = 0; which < 2; which++) {
          int member = instance.coupleMember(couple, which);
          start[member] = MatchInstance.NONE;
          start[n + member] = MatchInstance.NONE;
        }
      }
    }
    return start;
  }

  /**
   * Whether the region lets the start become {@code target} (both primary then supplemental):
   * only free applicants move, each to a place the region offers.
   */
  private static boolean allows(StabilityRegion region, int[] start, int[] target) {
    int n = start.length / 2;
    for (int i = 0; i < start.length; i++) {
      if (start[i] == target[i]) {
        continue;
      }
      if (!region.isFree(i % n) || target[i] != MatchInstance.NONE
          && !region.offers(target[i], start[i])) {
        return false;
      }
    }
    return true;
  }
}
