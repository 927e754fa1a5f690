package org.smartpick.engine.match;

import static org.smartpick.engine.match.MatchInstance.NONE;

import java.util.List;
import java.util.TreeSet;

/**
 * Complete search for a stable matching near an unstable one, run by
 * {@link RothPeransonMatcher} only when the local stabilization search ({@link LocalStabilizer})
 * has failed. Around the programs of the remaining blocking pairs it grows a
 * {@link StabilityRegion} of radius 0, 1, … {@code maxRadius} and then frees the whole market,
 * as long as the region has at most {@code maxFreeApplicants} free applicants; for each region
 * it encodes "a
 * stable matching in which everyone outside the region keeps their assignment" as SAT
 * ({@link StabilityEncoding}, after Drummond, Perrault and Bacchus, IJCAI 2015) and solves it
 * with the project's {@link CdclSolver}, starting from the given matching's phases. A model is
 * decoded and judged by the independent {@link StabilityChecker} on the whole market: only a
 * matching it certifies feasible and stable is returned; if it reports blocking pairs, their
 * programs join the seeds and the next radius is tried. An unsatisfiable region proves that no
 * stable matching keeps everyone outside it in place, so the next, larger region is tried (the
 * whole market at once when the region stops growing).
 *
 * <p>Verdicts ({@link Verdict}): {@code FOUND}; {@code NO_STABLE_MATCHING} only when the region
 * was the whole market, its formula unsatisfiable and no reversion chain in the instance: a
 * proof that no matching is stable under any reversion outcome, in the sense of
 * {@link StabilityChecker} (a program whose positions reverted is judged by what it holds);
 * {@code NONE_IN_REGION} when every region tried was unsatisfiable (a proof about the
 * largest region only: no stable matching keeps everyone outside it in place); {@code
 * BUDGET_EXHAUSTED} otherwise — the solver's budget ran out, the first region was already too
 * large, or a model the checker rejected (which the encoding's tests say cannot happen) was not
 * followed by a verdict.
 *
 * <p>Running time: at most {@code maxConflicts} conflicts and {@code maxPropagations}
 * propagations in all regions together (a deterministic budget, never wall clock), plus building
 * each encoding and one O(E) check per model. Same input ⇒ same result. Stateless between calls
 * and thread-safe.
 */
final class ExactStabilizer {
  /** What a search established. */
  enum Verdict { FOUND, NO_STABLE_MATCHING, NONE_IN_REGION, BUDGET_EXHAUSTED }

  /**
   * @param stable a certified stable matching, or {@code null}
   * @param verdict what was established
   * @param conflicts solver conflicts spent in all regions
   * @param regions regions encoded and solved
   * @param freeApplicants free applicants of the last region solved (0 if none)
   */
  record Outcome(RothPeransonAttempt stable, Verdict verdict, long conflicts, int regions,
      int freeApplicants) {
  }

  private final StabilityChecker checker = new StabilityChecker();
  private final long maxConflicts;
  private final long maxPropagations;
  private final int maxRadius;
  private final int maxFreeApplicants;

  /**
   * @param maxConflicts solver conflicts for all regions together (at least 1)
   * @param maxPropagations solver propagations for all regions together (at least 1)
   * @param maxRadius growth steps of the region (0 or more)
   * @param maxFreeApplicants largest region solved, in free applicants (at least 1)
   */
  ExactStabilizer(long maxConflicts, long maxPropagations, int maxRadius,
      int maxFreeApplicants) {
    if (maxConflicts < 1 || maxPropagations < 1) {
      throw new IllegalArgumentException("budgets must be at least 1, were " + maxConflicts
          + " conflicts and " + maxPropagations + " propagations");
    }
    if (maxRadius < 0 || maxFreeApplicants < 1) {
      throw new IllegalArgumentException("maxRadius must be 0 or more and maxFreeApplicants at "
          + "least 1, were " + maxRadius + " and " + maxFreeApplicants);
    }
    this.maxConflicts = maxConflicts;
    this.maxPropagations = maxPropagations;
    this.maxRadius = maxRadius;
    this.maxFreeApplicants = maxFreeApplicants;
  }

  /** Searches around the blocking pairs of a feasible matching. */
  Outcome search(MatchInstance instance, RothPeransonAttempt start,
      List<BlockingPair> blocking) {
    TreeSet<Integer> seeds = new TreeSet<>();
    addPrograms(blocking, seeds);
    long conflicts = 0;
    long propagations = 0;
    int regions = 0;
    int free = 0;
    boolean allUnsatisfiable = true;
    StabilityRegion previous = null;
    boolean grown = false;
    for (int step = 0; step <= maxRadius + 1; step++) {
      // radii 0..maxRadius while the region grows and fits, then the whole market if it fits
      StabilityRegion region = grown || step > maxRadius ? StabilityRegion.whole(instance)
          : StabilityRegion.around(instance, start.programOf(), start.supplementalProgramOf(),
              start.finalCapacity(), seeds, step);
      if (previous != null && region.sameAs(previous)) {
        if (region.wholeMarket()) {
          break;
        }
        grown = true; // grown as far as it goes: the whole market is next
        continue;
      }
      if (region.freeCount() > maxFreeApplicants) {
        break; // neither a larger region nor the whole market would fit
      }
      previous = region;
      if (conflicts >= maxConflicts || propagations >= maxPropagations) {
        return new Outcome(null, Verdict.BUDGET_EXHAUSTED, conflicts, regions, free);
      }
      StabilityEncoding encoding = new StabilityEncoding(instance, start.programOf(),
          start.supplementalProgramOf(), start.finalCapacity(), region);
      CdclSolver.Status status = encoding.solve(maxConflicts - conflicts,
          maxPropagations - propagations);
      conflicts += encoding.conflicts();
      propagations += encoding.propagations();
      regions++;
      free = region.freeCount();
      if (status == CdclSolver.Status.UNKNOWN) {
        return new Outcome(null, Verdict.BUDGET_EXHAUSTED, conflicts, regions, free);
      }
      if (status == CdclSolver.Status.UNSATISFIABLE) {
        if (region.wholeMarket() && !new ReversionTrees(instance).hasChains()) {
          return new Outcome(null, Verdict.NO_STABLE_MATCHING, conflicts, regions, free);
        }
      } else {
        StabilityEncoding.Matching model = encoding.decode();
        StabilityReport report = checker.check(instance, model.programOf(),
            model.supplementalOf(), model.finalCapacity());
        if (report.stable()) {
          return new Outcome(RothPeransonAttempt.of(instance, model.programOf(),
              model.supplementalOf(), model.finalCapacity(), start.proposals(),
              start.displacements()), Verdict.FOUND, conflicts, regions, free);
        }
        allUnsatisfiable = false;
        addPrograms(report.blockingPairs(), seeds);
      }
      if (region.wholeMarket()) {
        break;
      }
    }
    Verdict verdict = regions > 0 && allUnsatisfiable ? Verdict.NONE_IN_REGION
        : Verdict.BUDGET_EXHAUSTED;
    return new Outcome(null, verdict, conflicts, regions, free);
  }

  private static void addPrograms(List<BlockingPair> pairs, TreeSet<Integer> seeds) {
    for (BlockingPair pair : pairs) {
      if (pair.program() != NONE) {
        seeds.add(pair.program());
      }
      if (pair.secondProgram() != NONE) {
        seeds.add(pair.secondProgram());
      }
    }
  }

}
