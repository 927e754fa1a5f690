package org.smartpick.engine.domain.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.smartpick.engine.domain.UsState;

/**
 * The applicant's medical school and the residency programs affiliated with it (its "home"
 * programs, where the applicant is known and calls travel easily).
 *
 * @param name the school's name (1..{@value ProfileLimits#NAME_LENGTH} characters)
 * @param state the school's state, empty for a school outside the US
 * @param affiliatedPrograms ACGME ids of the affiliated programs, distinct, at most {@value
 *     ProfileLimits#PROGRAM_IDS_MAX}
 */
public record HomeSchool(String name, Optional<UsState> state, List<String> affiliatedPrograms) {

  public HomeSchool {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(state, "state");
    affiliatedPrograms = List.copyOf(affiliatedPrograms);
    new FieldChecks().text("name", name, ProfileLimits.NAME_LENGTH)
        .size("affiliatedPrograms", affiliatedPrograms, ProfileLimits.PROGRAM_IDS_MAX)
        .acgmeIds("affiliatedPrograms", affiliatedPrograms)
        .distinct("affiliatedPrograms", affiliatedPrograms)
        .done();
  }
}
