package org.smartpick.engine.domain.profile;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How many applications the applicant will send: a count, a dollar amount for ERAS fees, both (the
 * tighter one binds) or neither (no limit given; the advisor shows the trade-off).
 *
 * @param maxApplications at most this many applications, 1..{@value
 *     ProfileLimits#APPLICATIONS_MAX}
 * @param maxDollars at most this many US dollars of ERAS fees, 1..{@value
 *     ProfileLimits#DOLLARS_MAX}
 */
public record Budget(OptionalInt maxApplications, OptionalInt maxDollars) {
  /** No limit given. */
  public static final Budget UNLIMITED = new Budget(OptionalInt.empty(), OptionalInt.empty());

  public Budget {
    Objects.requireNonNull(maxApplications, "maxApplications");
    Objects.requireNonNull(maxDollars, "maxDollars");
    FieldChecks checks = new FieldChecks();
    maxApplications.ifPresent(n -> checks.range("maxApplications", n, 1,
        ProfileLimits.APPLICATIONS_MAX));
    maxDollars.ifPresent(n -> checks.range("maxDollars", n, 1, ProfileLimits.DOLLARS_MAX));
    checks.done();
  }
}
