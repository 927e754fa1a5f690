package org.smartpick.engine.advise;

import java.util.List;
import java.util.Objects;

/**
 * Why a number is what it is: a one-line summary and each factor's contribution in words
 * ("signal: ×2.9 interview odds", "Step 2 8 points under this program's typical").
 *
 * @param summary the number in words
 * @param factors the factors, largest first where they have a size
 */
public record Explanation(String summary, List<Factor> factors) {
  public Explanation {
    Objects.requireNonNull(summary, "summary");
    factors = List.copyOf(factors);
  }

  /**
   * One factor.
   *
   * @param name short machine-readable name (step2, signal, geography, rotation, home, flags,
   *     applicantType, screen, callsBefore, callsAfter, rankCutoff)
   * @param effect its size in the model's units (file-score or rank-score points; an odds ratio
   *     for {@code signal}); NaN when it has no size
   * @param text the contribution in words
   */
  public record Factor(String name, double effect, String text) {
    public Factor {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(text, "text");
    }
  }
}
