package org.smartpick.engine.domain.profile;

/** The training setting the applicant prefers. */
public enum ProgramSetting {
  /** No preference. */
  EITHER,
  /** University or academic medical centre. */
  ACADEMIC,
  /** Community hospital. */
  COMMUNITY
}
