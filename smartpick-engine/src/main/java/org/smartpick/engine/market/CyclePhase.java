package org.smartpick.engine.market;

/**
 * The phases of an application cycle in which calls happen, in time order, with who starts the
 * calls of the phase and which triggers count in it.
 *
 * <p>Early phases vet red-flag files; before invitations advocates push to secure interviews;
 * after interviews directors clarify concerns; ranking meetings break ties; final adjustments are
 * last-minute advocacy or caution (seed notes, "When").
 */
public enum CyclePhase {
  ERAS_SUBMITTED(false, false, Trigger.COMPETITIVE, Trigger.MISMATCH),
  SCREENING(false, false, Trigger.COMPETITIVE, Trigger.TIE, Trigger.MISMATCH),
  BEFORE_INVITES(false, true, Trigger.TIE, Trigger.ROTATION, Trigger.ADVOCATE),
  AFTER_INTERVIEWS(true, false, Trigger.TIE, Trigger.ROTATION, Trigger.MISMATCH),
  RANKING_MEETINGS(true, false, Trigger.COMPETITIVE, Trigger.TIE, Trigger.ROTATION,
      Trigger.ADVOCATE),
  FINAL_ADJUSTMENTS(true, true, Trigger.TIE, Trigger.ADVOCATE);

  /** The reasons a call may be placed, each with its own coefficient in the call probability. */
  public enum Trigger {
    /** Competitive specialty or high-profile program. */
    COMPETITIVE,
    /** The applicant comes from the program's own school or a school its faculty know. */
    TIE,
    /** The applicant rotated at the program. */
    ROTATION,
    /** A glaring mismatch in the file (scores vs letters, a flag, a weak interview). */
    MISMATCH,
    /** Someone senior is actively pushing the applicant. */
    ADVOCATE
  }

  private final boolean afterInterviews;
  private final boolean advocateInitiated;
  private final int triggerMask;

  CyclePhase(boolean afterInterviews, boolean advocateInitiated, Trigger... triggers) {
    this.afterInterviews = afterInterviews;
    this.advocateInitiated = advocateInitiated;
    int mask = 0;
    for (Trigger t : triggers) {
      mask |= 1 << t.ordinal();
    }
    this.triggerMask = mask;
  }

  /** True for phases after interviews: their calls move rank scores, not file scores. */
  public boolean afterInterviews() {
    return afterInterviews;
  }

  /** True when the applicant's side starts the calls of this phase, false when the program does. */
  public boolean advocateInitiated() {
    return advocateInitiated;
  }

  /** True if the trigger counts in this phase. */
  public boolean counts(Trigger trigger) {
    return (triggerMask & (1 << trigger.ordinal())) != 0;
  }
}
