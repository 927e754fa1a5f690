package org.smartpick.engine.domain.profile;

/** The program size the applicant prefers. */
public enum ProgramSize {
  /** No preference. */
  ANY,
  /** Few residents per year. */
  SMALL,
  /** A middle-sized class. */
  MEDIUM,
  /** Many residents per year. */
  LARGE
}
