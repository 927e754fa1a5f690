package org.smartpick.engine.advise.rank;

/**
 * What a student may notice about a program after interviewing there, with the likelihood ratio
 * by which it multiplies the odds that the student clears that program's cutoff. The ratios are
 * small by design (docs/advise.md, "Post-interview signals", gives the reasoning): program
 * directors say warm things to many applicants and change their lists after late calls, so no
 * single remark is strong evidence (seed notes: "adjust expectations lightly"; "silence usually
 * means nothing").
 */
public enum InterviewSignal {
  /** Faculty mentioned hearing great things about you from your home program. */
  HEARD_GREAT_THINGS(1.5, "faculty mentioned hearing great things from your home program"),
  /** The PD referred to something about you that is not in your file. */
  KNEW_THINGS_NOT_IN_FILE(1.3, "the program director referred to something not in your file"),
  /** The PD asked you to email if you are truly interested. */
  ASKED_TO_EMAIL_IF_INTERESTED(1.2, "the program director asked you to email if truly interested"),
  /** Nothing heard after the interview. */
  SILENCE(1.0, "silence after the interview"),
  /** An awkward moment at the interview. */
  AWKWARD_MOMENT(0.8, "an awkward moment at the interview"),
  /** A communicative faculty member went quiet. */
  CONTACT_WENT_QUIET(0.8, "a communicative faculty member went quiet"),
  /** Home faculty hinted not to count on this program. */
  HOME_HINTED_NOT_TO_COUNT(0.5, "home faculty hinted not to count on this program");

  private final double likelihoodRatio;
  private final String description;

  InterviewSignal(double likelihoodRatio, String description) {
    this.likelihoodRatio = likelihoodRatio;
    this.description = description;
  }

  /** P(seeing this | the program is high on you) / P(seeing this | it is not). */
  public double likelihoodRatio() {
    return likelihoodRatio;
  }

  /** What the student saw, in words. */
  public String description() {
    return description;
  }
}
