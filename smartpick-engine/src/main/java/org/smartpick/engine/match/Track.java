package org.smartpick.engine.match;

/** The NRMP position type of a program. */
public enum Track {
  /** Starts in PGY-1 and continues through the whole residency. */
  CATEGORICAL,
  /** A one-year PGY-1 position (preliminary or transitional year). */
  PGY1,
  /** Starts in PGY-2; its matched applicants may use a supplemental PGY-1 list. */
  ADVANCED
}
