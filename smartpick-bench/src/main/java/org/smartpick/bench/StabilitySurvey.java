package org.smartpick.bench;

import java.util.Locale;
import org.smartpick.engine.match.MatchInstance;
import org.smartpick.engine.match.MatchResult;
import org.smartpick.engine.match.MatchSummary;
import org.smartpick.engine.match.RothPeransonMatcher;
import org.smartpick.engine.match.RothPeransonOptions;
import org.smartpick.engine.match.synthetic.SyntheticMarketGenerator;
import org.smartpick.engine.match.synthetic.SyntheticMarketSpec;

/**
 * Survey of Roth–Peranson outcomes over many seeded synthetic national markets: for each couple
 * count, the share of seeds ending stable, restarts used (mean, max), matchings evaluated by the
 * local stabilization search (mean, max), SAT solver conflicts of the exact stability search
 * (mean, max), blocking pairs when unstable, the share of matched
 * applicants matched at their first choice and milliseconds per Match (wall clock of
 * {@code match} only, market generation excluded). Unstable seeds are listed after the table.
 * Seed {@code s} generates the market with spec seed {@code s} and matches with matcher seed
 * {@code s}, so every row can be reproduced.
 *
 * <p>Usage: {@code StabilitySurvey [seeds=100] [couples=1200,2000] [firstSeed=1]
 * [exactSearchApplicants=10000]}: the last sets the largest region of the exact stability
 * search ({@link RothPeransonOptions#exactSearchApplicants()}; at least the applicant count lets
 * it encode the whole market). Prints a Markdown table.
 */
public final class StabilitySurvey {

  private StabilitySurvey() {
  }

  public static void main(String[] args) {
    int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    String[] coupleCounts = (args.length > 1 ? args[1] : "1200,2000").split(",");
    long firstSeed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    int exactApplicants = args.length > 3 ? Integer.parseInt(args[3])
        : RothPeransonOptions.DEFAULT_EXACT_SEARCH_APPLICANTS;
    System.out.printf(Locale.ROOT, "Stability survey: %d seeds from %d, exact search regions up "
        + "to %d free applicants, JDK %s, %d cores%n%n", seeds, firstSeed, exactApplicants,
        Runtime.version(), Runtime.getRuntime().availableProcessors());
    System.out.println("| couples | seeds | stable | restarts mean | restarts max "
        + "| search states (mean / max) | exact search conflicts (mean / max) "
        + "| blocking pairs when unstable (mean / max) "
        + "| matched at first choice | ms per Match (mean / max) |");
    System.out.println("|---:|---:|---:|---:|---:|---|---|---|---:|---|");
    StringBuilder unstableSeeds = new StringBuilder();
    SyntheticMarketGenerator generator = new SyntheticMarketGenerator();
    for (String count : coupleCounts) {
      int couples = Integer.parseInt(count.trim());
      Row row = new Row();
      for (long seed = firstSeed; seed < firstSeed + seeds; seed++) {
        MatchInstance instance = generator.generate(
            SyntheticMarketSpec.national(couples).withSeed(seed));
        long start = System.nanoTime();
        MatchResult result = new RothPeransonMatcher(RothPeransonOptions.withSeed(seed)
            .withExactSearchApplicants(exactApplicants)).match(instance);
        double millis = (System.nanoTime() - start) / 1e6;
        row.add(result, millis,
            MatchSummary.of(instance, result).shareMatchedAtRank(0));
        if (!result.stable() || result.exactSearchConflicts() > 0) {
          unstableSeeds.append(String.format(Locale.ROOT, "%n%d couples, seed %d: %s, %d "
              + "blocking, %d restarts, %d search states, %d exact search conflicts, %.0f ms",
              couples, seed, result.stable() ? "stable" : "unstable",
              result.blockingPairs().size(), result.restarts(), result.searchStates(),
              result.exactSearchConflicts(), millis));
        }
      }
      System.out.println(row.format(couples, seeds));
    }
    System.out.println(unstableSeeds.length() == 0 ? "\nNo unstable seeds."
        : "\nUnstable seeds (and seeds where the exact search spent conflicts):" + unstableSeeds);
  }

  /** Running totals for one couple count. */
  private static final class Row {
    private int stable;
    private long restarts;
    private int maxRestarts;
    private long searchStates;
    private int maxSearchStates;
    private long exactConflicts;
    private long maxExactConflicts;
    private double firstChoice;
    private long blocking;
    private int maxBlocking;
    private double millis;
    private double maxMillis;

    void add(MatchResult result, double ms, double firstChoiceShare) {
      stable += result.stable() ? 1 : 0;
      restarts += result.restarts();
      maxRestarts = Math.max(maxRestarts, result.restarts());
      searchStates += result.searchStates();
      maxSearchStates = Math.max(maxSearchStates, result.searchStates());
      exactConflicts += result.exactSearchConflicts();
      maxExactConflicts = Math.max(maxExactConflicts, result.exactSearchConflicts());
      firstChoice += firstChoiceShare;
      if (!result.stable()) {
        blocking += result.blockingPairs().size();
        maxBlocking = Math.max(maxBlocking, result.blockingPairs().size());
      }
      millis += ms;
      maxMillis = Math.max(maxMillis, ms);
    }

    String format(int couples, int seeds) {
      int unstable = seeds - stable;
      String blockingText = unstable == 0 ? "none unstable"
          : String.format(Locale.ROOT, "%.1f / %d", (double) blocking / unstable, maxBlocking);
      return String.format(Locale.ROOT,
          "| %d | %d | %.1f%% | %.2f | %d | %.1f / %d | %.1f / %d | %s | %.1f%% | %.0f / %.0f |",
          couples, seeds, 100.0 * stable / seeds, (double) restarts / seeds, maxRestarts,
          (double) searchStates / seeds, maxSearchStates, (double) exactConflicts / seeds,
          maxExactConflicts, blockingText,
          100.0 * firstChoice / seeds, millis / seeds, maxMillis);
    }
  }
}
