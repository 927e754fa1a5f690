package org.smartpick.engine.domain.profile;

import java.util.OptionalInt;

/**
 * The USMLE Step 2 CK score, or pending when the result is not out yet.
 *
 * @param score the three-digit score in {@value ProfileLimits#STEP2_MIN}..{@value
 *     ProfileLimits#STEP2_MAX}, empty while pending
 */
public record Step2Score(OptionalInt score) {
  /** The result is not out yet. */
  public static final Step2Score PENDING = new Step2Score(OptionalInt.empty());

  public Step2Score {
    java.util.Objects.requireNonNull(score, "score");
    if (score.isPresent()) {
      new FieldChecks().range("", score.getAsInt(), ProfileLimits.STEP2_MIN,
          ProfileLimits.STEP2_MAX).done();
    }
  }

  /** A known score. */
  public static Step2Score of(int score) {
    return new Step2Score(OptionalInt.of(score));
  }

  /** True while the result is not out. */
  public boolean pending() {
    return score.isEmpty();
  }
}
