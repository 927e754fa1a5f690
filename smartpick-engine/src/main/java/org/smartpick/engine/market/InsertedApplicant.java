package org.smartpick.engine.market;

import java.util.Arrays;
import java.util.Objects;

/**
 * One applicant given from outside and simulated as a real member of a replica (the advisor's
 * student, to check the cutoff shortcut against full re-simulation): their attributes, the latent
 * qualities drawn by the caller, and where they apply and signal, most preferred first. The
 * simulator appends them after the generated applicants, so they are applicant
 * {@code applicantCount() − 1} of the {@link CycleOutcome}; everything after applying (calls,
 * screening, invitation rounds with the interview cap, ranking, the Match) treats them like anyone
 * else. Immutable.
 *
 * @param applicant attributes in model units
 * @param interviewSkill interview skill latent (standard normal)
 * @param reliability clinical reliability latent (standard normal)
 * @param programs frame indices of the programs applied to, most preferred first, distinct
 * @param signalled frame indices of the signalled programs, each in {@code programs}
 */
public record InsertedApplicant(OutsideApplicantScorer.Applicant applicant, double interviewSkill,
    double reliability, int[] programs, int[] signalled) {

  public InsertedApplicant {
    Objects.requireNonNull(applicant, "applicant");
    programs = programs.clone();
    signalled = signalled.clone();
    if (Arrays.stream(programs).distinct().count() != programs.length) {
      throw new IllegalArgumentException("programs must be distinct, were "
          + Arrays.toString(programs));
    }
    for (int j : signalled) {
      if (Arrays.stream(programs).noneMatch(k -> k == j)) {
        throw new IllegalArgumentException("signalled program " + j + " is not among programs "
            + Arrays.toString(programs));
      }
    }
  }

  /** True when the applicant signals frame program {@code j}. */
  boolean signals(int j) {
    return Arrays.stream(signalled).anyMatch(k -> k == j);
  }
}
