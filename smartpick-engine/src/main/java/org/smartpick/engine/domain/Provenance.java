package org.smartpick.engine.domain;

/** Where one field's value comes from; outputs mark {@link #ESTIMATED} values as estimated. */
public enum Provenance {
  /** Taken as is from a bundled data file (see the bundled SOURCES.md). */
  BUNDLED,
  /** Derived by a documented rule, not observed (see docs/catalog.md). */
  ESTIMATED,
  /** Supplied by the user's import file, whose source the program records. */
  IMPORTED,
  /** Not known and not estimated: the value is absent. */
  UNKNOWN
}
