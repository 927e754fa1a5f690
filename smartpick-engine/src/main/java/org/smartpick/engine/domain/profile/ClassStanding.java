package org.smartpick.engine.domain.profile;

import java.util.Objects;

/**
 * Class standing and honors.
 *
 * @param quartile class rank by quartile, or {@link Quartile#NOT_RANKED}
 * @param alphaOmegaAlpha member of the Alpha Omega Alpha honor society (or the school's equivalent)
 * @param honors clerkships graded honors, 0..{@value ProfileLimits#HONORS_MAX}
 */
public record ClassStanding(Quartile quartile, boolean alphaOmegaAlpha, int honors) {

  public ClassStanding {
    Objects.requireNonNull(quartile, "quartile");
    new FieldChecks().range("honors", honors, 0, ProfileLimits.HONORS_MAX).done();
  }
}
