package org.smartpick.engine.domain.profile;

import java.util.Objects;
import java.util.Optional;

/**
 * A letter of recommendation.
 *
 * @param strength how strong it is, as far as the applicant can tell
 * @param writerRole the writer's role (a chair's letter weighs more than an unknown attending's)
 * @param institution the writer's institution, if given (at most {@value
 *     ProfileLimits#NAME_LENGTH} characters)
 */
public record Letter(LetterStrength strength, FacultyRole writerRole, Optional<String> institution) {

  public Letter {
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(writerRole, "writerRole");
    Objects.requireNonNull(institution, "institution");
    new FieldChecks().optionalText("institution", institution, ProfileLimits.NAME_LENGTH).done();
  }
}
