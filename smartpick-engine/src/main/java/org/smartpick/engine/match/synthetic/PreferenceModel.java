package org.smartpick.engine.match.synthetic;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The preference rules of the synthetic market, each a small method:
 * <ul>
 *   <li><b>where an applicant interviews</b> (the programs on their list): programs whose
 *       desirability fits the applicant's quality (a reach/target/safety spread around it), in
 *       their region, plus noise: {@code fit = -(d_j - q_i - REACH)^2 + w_region * sameRegion + N(0,1)};
 *       the top {@code k} by fit are kept;</li>
 *   <li><b>how an applicant orders them</b>: desirability, region, the mutual fit {@code m_ij}
 *       ({@link MutualFit}) and personal taste, {@code u = UTILITY_DESIRABILITY * d_j
 *       + UTILITY_REGION * sameRegion + MUTUAL_FIT * m_ij + N(0, UTILITY_NOISE)};</li>
 *   <li><b>how a program orders its applicants</b>: applicant quality, a small regional tie, the
 *       same mutual fit and interview noise,
 *       {@code r = q_i + PROGRAM_REGION * sameRegion + MUTUAL_FIT * m_ij
 *       + N(0, PROGRAM_NOISE)}.</li>
 * </ul>
 * Shared desirability and quality make preferences correlated, so the market is competitive; the
 * mutual fit aligns the two sides' orders of the same pair, as interviews do.
 * Stateless; all randomness comes from the caller's generator.
 */
final class PreferenceModel {
  /** How far above their own quality applicants aim on average. */
  static final double REACH = 0.35;
  /** Weight of a same-region program when a single applicant picks where to interview. */
  static final double SINGLE_REGION = 1.0;
  /** Weight of the couple's region when couple members pick where to interview. */
  static final double COUPLE_REGION = 2.5;
  /** Weight of desirability in the applicant's order of preference. */
  static final double UTILITY_DESIRABILITY = 0.3;
  /** Weight of the applicant's own region in their order of preference. */
  static final double UTILITY_REGION = 0.5;
  /** Personal taste in the applicant's order of preference (standard deviation). */
  static final double UTILITY_NOISE = 1.0;
  /** Weight of a same-region applicant in a program's order. */
  static final double PROGRAM_REGION = 0.2;
  /** Interview-day noise in a program's order (standard deviation). */
  static final double PROGRAM_NOISE = 1.0;
  /** Weight of the pair's mutual fit in both the applicant's and the program's order. */
  static final double MUTUAL_FIT = 1.0;

  private PreferenceModel() {
  }

  /**
   * The {@code k} programs of {@code pool} that fit the applicant best (fewer if the pool is
   * smaller), in pool order. O(|pool| · log k) expected.
   */
  static int[] shortlist(ProgramTable programs, int[] pool, int k, double quality, int region,
      double regionWeight, SplittableRandom random) {
    int size = Math.min(k, pool.length);
    int[] best = new int[size];
    double[] bestFit = new double[size];
    int filled = 0;
    for (int p : pool) {
      double fit = fit(programs, p, quality, region, regionWeight, random);
      if (filled < size) {
        insert(best, bestFit, filled++, p, fit);
      } else if (size > 0 && fit > bestFit[size - 1]) {
        insert(best, bestFit, size - 1, p, fit);
      }
    }
    Arrays.sort(best);
    return best;
  }

  /** Inserts into the descending arrays, overwriting position {@code last}. */
  private static void insert(int[] items, double[] keys, int last, int item, double key) {
    int i = last;
    while (i > 0 && keys[i - 1] < key) {
      items[i] = items[i - 1];
      keys[i] = keys[i - 1];
      i--;
    }
    items[i] = item;
    keys[i] = key;
  }

  /** How well a program fits an applicant's chances and region (higher is better). */
  static double fit(ProgramTable programs, int program, double quality, int region,
      double regionWeight, SplittableRandom random) {
    double gap = programs.desirability[program] - quality - REACH;
    return -gap * gap + regionWeight * same(programs.region[program], region) + random.nextGaussian();
  }

  /** The applicant's utility for a program given their mutual fit (higher is preferred). */
  static double utility(ProgramTable programs, int program, int region, double fit,
      SplittableRandom random) {
    return UTILITY_DESIRABILITY * programs.desirability[program]
        + UTILITY_REGION * same(programs.region[program], region) + MUTUAL_FIT * fit
        + UTILITY_NOISE * random.nextGaussian();
  }

  /** A program's score for an applicant given their mutual fit (higher is ranked first). */
  static double programScore(double quality, boolean sameRegion, double fit,
      SplittableRandom random) {
    return quality + (sameRegion ? PROGRAM_REGION : 0) + MUTUAL_FIT * fit
        + PROGRAM_NOISE * random.nextGaussian();
  }

  /** The programs in applicant {@code a}'s order of preference (by utility, drawn once each). */
  static int[] rankByUtility(ProgramTable programs, int[] chosen, int a, int region,
      MutualFit fit, SplittableRandom random) {
    double[] utility = new double[chosen.length];
    for (int i = 0; i < chosen.length; i++) {
      utility[i] = utility(programs, chosen[i], region, fit.of(a, chosen[i]), random);
    }
    return descending(chosen, utility);
  }

  /** {@code items} sorted by descending key (stable for equal keys). */
  static int[] descending(int[] items, double[] keys) {
    Integer[] order = new Integer[items.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(keys[b], keys[a]));
    int[] sorted = new int[items.length];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = items[order[i]];
    }
    return sorted;
  }

  private static int same(int a, int b) {
    return a == b ? 1 : 0;
  }
}
