package org.smartpick.engine.advise;

import java.util.List;
import java.util.Objects;

/**
 * The advice for one profile on one scenario set: the optimized application list with its chances
 * and explanations, and the caveats every reader must see with the numbers (estimates of a market
 * model that is not yet fully calibrated; assumptions made for missing profile facts). Immutable.
 *
 * @param specialty the specialty the scenarios simulate
 * @param seed the run seed (scenarios and the student's draws derive from it)
 * @param scenarios K
 * @param list the optimized application list
 * @param caveats what the numbers rest on, in words, most important first
 */
public record Advice(String specialty, long seed, int scenarios, ApplicationAdvice list,
    List<String> caveats) {

  public Advice {
    Objects.requireNonNull(specialty, "specialty");
    Objects.requireNonNull(list, "list");
    if (scenarios < 1) {
      throw new IllegalArgumentException("scenarios must be at least 1, was " + scenarios);
    }
    caveats = List.copyOf(caveats);
  }
}
