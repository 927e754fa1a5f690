package org.smartpick.engine.domain.profile;

/** Kinds of red flag that make programs pick up the phone. */
public enum RedFlagType {
  /** A failed USMLE/COMLEX attempt, clerkship or course. */
  FAILED_ATTEMPT,
  /** A leave of absence or an extended program. */
  LEAVE_OF_ABSENCE,
  /** A professionalism concern or report. */
  PROFESSIONALISM_CONCERN,
  /** Anything else a program might ask about. */
  OTHER
}
