package org.smartpick.engine.advise.portfolio;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Exact optimizer for independent chances with integer costs: the knapsack-style dynamic program
 * of Kapur & Hong. With programs sorted by utility (ascending), the best value of a set drawn from
 * the first r programs with cost at most b is
 * {@code V[r][b] = max(V[r-1][b], p_r u_r + (1 - p_r) V[r-1][b - c_r])}: if the highest program
 * of the set takes the student the rest does not matter.
 *
 * <p>Running time O(n·B) and memory O(n·B) bits plus O(B) doubles, with
 * {@code B = min(budget, total cost)}: pseudo-polynomial (the problem is NP-complete). Tables
 * larger than {@link #MAX_TABLE_CELLS} are refused with an {@link IllegalArgumentException} naming
 * the budget. Among optimal sets it keeps the one the backward pass finds (a program is taken only
 * when strictly better); the chosen programs are then listed in greedy order of marginal gain and
 * any that add nothing are left out. Accepts any valid problem. Stateless and thread-safe.
 *
 * <p>M. Kapur and S.-P. Hong, "The college application problem", arXiv:2205.01869 (2022).
 */
public final class CostDynamicProgram implements IndependentPortfolioOptimizer {
  /** Largest decision table (programs × (budget + 1) cells, one bit each) this class builds. */
  public static final long MAX_TABLE_CELLS = 1L << 28;

  @Override
  public Portfolio optimize(IndependentChances problem) {
    int n = problem.size();
    long totalCost = problem.programs().stream().mapToLong(ProgramChance::cost).sum();
    int capacity = (int) Math.min(problem.budget(), totalCost);
    long cells = (long) n * (capacity + 1);
    if (cells > MAX_TABLE_CELLS) {
      throw new IllegalArgumentException("budget = " + problem.budget() + " with " + n
          + " programs needs a table of " + cells + " cells, more than the "
          + MAX_TABLE_CELLS + " the exact dynamic program allows; lower the budget or state"
          + " costs in larger units");
    }
    int[] order = IntStream.range(0, n).boxed()
        .sorted(Comparator.comparingDouble((Integer j) -> problem.program(j).utility())
            .thenComparingInt(j -> j))
        .mapToInt(Integer::intValue).toArray();
    long[] take = new long[(int) ((cells + 63) >>> 6)];
    fillTable(problem, order, capacity, take);
    boolean[] inSet = backtrack(problem, order, capacity, take);
    MarginalGainGreedy.Trace trace = MarginalGainGreedy.run(problem, inSet, n);
    double value = trace.valueAfterEach().isEmpty()
        ? 0 : trace.valueAfterEach().get(trace.valueAfterEach().size() - 1);
    return new Portfolio(PortfolioMethod.COST_DYNAMIC_PROGRAM, trace.chosen(),
        trace.valueAfterEach(), problem.cost(trace.chosen()), value, value);
  }

  // Rolls V over the budget axis and records in `take` where including program order[r] wins.
  private static void fillTable(IndependentChances problem, int[] order, int capacity,
      long[] take) {
    double[] best = new double[capacity + 1];
    for (int r = 0; r < order.length; r++) {
      ProgramChance program = problem.program(order[r]);
      double sure = program.p() * program.utility();
      double rejected = 1 - program.p();
      long row = (long) r * (capacity + 1);
      for (int b = capacity; b >= program.cost(); b--) {
        double candidate = sure + rejected * best[b - program.cost()];
        if (candidate > best[b]) {
          best[b] = candidate;
          long cell = row + b;
          take[(int) (cell >>> 6)] |= 1L << (cell & 63);
        }
      }
    }
  }

  // Walks the decisions back from the full budget; returns membership by program index.
  private static boolean[] backtrack(IndependentChances problem, int[] order, int capacity,
      long[] take) {
    boolean[] inSet = new boolean[order.length];
    int b = capacity;
    for (int r = order.length - 1; r >= 0; r--) {
      long cell = (long) r * (capacity + 1) + b;
      if ((take[(int) (cell >>> 6)] & (1L << (cell & 63))) != 0) {
        inSet[order[r]] = true;
        b -= problem.program(order[r]).cost();
      }
    }
    return inSet;
  }
}
