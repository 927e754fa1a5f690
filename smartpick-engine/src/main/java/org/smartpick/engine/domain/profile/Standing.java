package org.smartpick.engine.domain.profile;

/** How much an advocate's word counts with program directors. */
public enum Standing {
  /** Little known outside their own department. */
  LOW,
  /** Known in the specialty regionally. */
  MID,
  /** A nationally known name, or a chair or program director of a well-known department. */
  HIGH
}
