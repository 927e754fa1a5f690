package org.smartpick.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.smartpick.engine.match.BlockingPair;
import org.smartpick.engine.match.MatchInstance;
import org.smartpick.engine.match.MatchResult;
import org.smartpick.engine.match.MatchSummary;

/**
 * Prints a Match result for people: either a table (each applicant's program or "unmatched" and
 * rank, programs with unfilled positions, stability) or, for synthetic markets, a summary with
 * rates and timings. Holds only the output stream; one per command run.
 */
final class MatchReport {
  private static final int MAX_BLOCKING_PAIRS_SHOWN = 20;
  private final PrintWriter out;

  MatchReport(PrintWriter out) {
    this.out = out;
  }

  /** The applicant table, unfilled programs and the stability verdict. */
  void table(MatchInstance m, MatchResult r) {
    int width = "applicant".length();
    for (int a = 0; a < m.applicantCount(); a++) {
      width = Math.max(width, m.applicantId(a).length());
    }
    String row = "%-" + width + "s  %-12s  %s%n";
    out.printf(row, "applicant", "program", "rank");
    for (int a = 0; a < m.applicantCount(); a++) {
      int p = r.programOf(a);
      String program = p == MatchInstance.NONE ? "unmatched" : m.programId(p);
      int s = r.supplementalProgramOf(a);
      if (s != MatchInstance.NONE) {
        program += " + " + m.programId(s) + " (supplemental)";
      }
      out.printf(row, m.applicantId(a), program, r.matchedRank(a) == 0 ? "-" : r.matchedRank(a));
    }
    out.println();
    boolean anyUnfilled = false;
    for (int p = 0; p < m.programCount(); p++) {
      if (r.unfilled(p) > 0) {
        if (!anyUnfilled) {
          out.println("programs with unfilled positions:");
          anyUnfilled = true;
        }
        out.printf("  %s  %d of %d unfilled%n", m.programId(p), r.unfilled(p), r.finalCapacity(p));
      }
    }
    if (!anyUnfilled) {
      out.println("every position is filled");
    }
    stability(m, r);
  }

  /** The summary of a synthetic market's Match. */
  void syntheticSummary(MatchInstance m, MatchResult r, String market, long generationMillis,
      long matchMillis) {
    MatchSummary s = MatchSummary.of(m, r);
    out.println("market: " + market + " (simulated; totals scaled to NRMP 2025 figures, "
        + "calibration targets T02-T05; per-program figures are estimated)");
    out.printf("applicants: %,d (couples: %,d)%n", s.applicants(), s.couples());
    out.printf("programs: %,d, positions: %,d%n", s.programs(), s.positions());
    out.printf(Locale.ROOT, "matched: %,d (match rate %.1f%%)%n", s.matched(), 100 * s.matchRate());
    out.printf(Locale.ROOT, "unfilled positions: %,d (PGY-1 fill rate %.1f%%; NRMP 2025: 94.1%%, T06)%n",
        s.unfilled(), 100 * s.pgy1FillRate());
    out.printf(Locale.ROOT, "matched at rank 1: %.1f%%, 2: %.1f%%, 3: %.1f%%, 4+: %.1f%%%n",
        100 * s.shareMatchedAtRank(0), 100 * s.shareMatchedAtRank(1),
        100 * s.shareMatchedAtRank(2), 100 * s.shareMatchedAtRank(3));
    stability(m, r);
    out.printf("restarts: %d, search states: %d, exact search conflicts: %,d, proposals: %,d, "
        + "displacements: %,d%n", r.restarts(), r.searchStates(), r.exactSearchConflicts(),
        r.proposals(), r.displacements());
    out.printf("time: generation %d ms, match %d ms%n", generationMillis, matchMillis);
  }

  private void stability(MatchInstance m, MatchResult r) {
    if (r.stable()) {
      out.println("stable: yes");
      return;
    }
    out.println("stable: no, " + r.blockingPairs().size() + " blocking pair(s):");
    r.blockingPairs().stream().limit(MAX_BLOCKING_PAIRS_SHOWN)
        .map((BlockingPair pair) -> "  " + pair.describe(m)).forEach(out::println);
    if (r.blockingPairs().size() > MAX_BLOCKING_PAIRS_SHOWN) {
      out.println("  ... (all of them are in the result JSON written with --output)");
    }
  }
}
