package org.smartpick.engine.catalog;

/** Orders for a program search. Ties are broken by name, then ACGME id. */
public enum ProgramSort {
  /** By program name. */
  NAME,
  /** Nearest first; needs a reference point. */
  DISTANCE,
  /** Most positions first (estimated ones included); unknown positions last. */
  POSITIONS,
  /** By state code, then city. */
  STATE
}
