package org.smartpick.engine.domain.profile;

import java.util.Objects;
import java.util.Optional;

/**
 * Something in the file that programs will ask about. Sensitive: never logged.
 *
 * @param type what kind of flag
 * @param year the year it happened, {@value ProfileLimits#YEAR_MIN}..{@value
 *     ProfileLimits#YEAR_MAX}
 * @param whatWasDone what the applicant did about it (optional; at most {@value
 *     ProfileLimits#NOTE_LENGTH} characters)
 * @param owned true when the applicant has a clean, consistent account of it that mentors can
 *     repeat (explained and resolved)
 */
public record RedFlag(RedFlagType type, int year, Optional<String> whatWasDone, boolean owned) {

  public RedFlag {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(whatWasDone, "whatWasDone");
    new FieldChecks().range("year", year, ProfileLimits.YEAR_MIN, ProfileLimits.YEAR_MAX)
        .optionalText("whatWasDone", whatWasDone, ProfileLimits.NOTE_LENGTH)
        .done();
  }
}
