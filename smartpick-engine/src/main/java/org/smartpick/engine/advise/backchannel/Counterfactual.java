package org.smartpick.engine.advise.backchannel;

import java.util.Objects;

/**
 * A what-if computed on the same scenarios: P(match with the whole list) as things are and with
 * one thing changed.
 *
 * @param title what changes, in words
 * @param matchAsIs P(match) as simulated
 * @param matchChanged P(match) with the change
 * @param advice what to do about it, in words, grounded in the two numbers
 */
public record Counterfactual(String title, double matchAsIs, double matchChanged, String advice) {
  public Counterfactual {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(advice, "advice");
  }
}
