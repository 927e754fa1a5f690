package org.smartpick.engine.advise.portfolio;

import java.util.Objects;

/**
 * One program as the independent-chances portfolio problem sees it: the probability {@code p}
 * that it would take the student, the student's utility for ending up there, and the (integer)
 * cost of applying. Immutable and validated; error messages name the program, the field and the
 * value.
 *
 * @param id the program's id, not blank
 * @param p probability in [0, 1] that the program would take the student
 * @param utility the student's utility for the program, finite and at least 0 (unmatched is 0)
 * @param cost cost of applying, a whole number at least 1 (a count unit or a fee)
 */
public record ProgramChance(String id, double p, double utility, int cost) {

  public ProgramChance {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("program id must not be blank");
    }
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(
          "program \"" + id + "\": p = " + p + " is not a probability in [0, 1]");
    }
    if (!(Double.isFinite(utility) && utility >= 0)) {
      throw new IllegalArgumentException(
          "program \"" + id + "\": utility = " + utility + " must be a finite number >= 0");
    }
    if (cost < 1) {
      throw new IllegalArgumentException(
          "program \"" + id + "\": cost = " + cost + " must be a whole number >= 1");
    }
  }
}
