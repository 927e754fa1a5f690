package org.smartpick.engine.market;

/** How much weight a caller's word carries (hierarchy: a famous chair outweighs an unknown). */
public enum Standing {
  LOW,
  MID,
  HIGH;

  private static final Standing[] ALL = values();

  /** The standing of an ordinal, without copying {@link #values()}. */
  static Standing of(int ordinal) {
    return ALL[ordinal];
  }
}
