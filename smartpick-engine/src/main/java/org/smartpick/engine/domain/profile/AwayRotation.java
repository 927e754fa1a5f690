package org.smartpick.engine.domain.profile;

import java.util.Objects;
import java.util.Optional;

/**
 * An away (visiting) rotation at a residency program.
 *
 * @param programId the program's 10-digit ACGME id
 * @param outcome how it went, empty when not known
 */
public record AwayRotation(String programId, Optional<RotationOutcome> outcome) {

  public AwayRotation {
    Objects.requireNonNull(programId, "programId");
    Objects.requireNonNull(outcome, "outcome");
    new FieldChecks().acgmeId("programId", programId).done();
  }
}
