package org.smartpick.engine.market;

/** Who is on the applicant's side of a call. */
public enum CallerRole {
  /** A department chair acting as the applicant's advocate. */
  CHAIR,
  /** A faculty mentor acting as the applicant's advocate. */
  MENTOR,
  /** The program director of the applicant's home program. */
  HOME_PD,
  /** A supervisor from an away rotation at the program itself. */
  ROTATION_SUPERVISOR,
  /** The applicant's own message (letter of intent, email). */
  APPLICANT
}
