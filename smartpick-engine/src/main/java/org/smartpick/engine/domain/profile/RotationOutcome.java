package org.smartpick.engine.domain.profile;

/** How an away rotation went, as far as the applicant knows. */
public enum RotationOutcome {
  /** Clear praise, e.g. told they would be ranked highly. */
  EXCELLENT,
  /** Went well, no particular feedback. */
  GOOD,
  /** Some friction or an awkward moment. */
  MIXED,
  /** Went badly, e.g. a clash with an attending. */
  POOR
}
