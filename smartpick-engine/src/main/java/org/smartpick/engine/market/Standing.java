package org.smartpick.engine.market;

/** How much weight a caller's word carries (hierarchy: a famous chair outweighs an unknown). */
public enum Standing {
  LOW,
  MID,
  HIGH
}
