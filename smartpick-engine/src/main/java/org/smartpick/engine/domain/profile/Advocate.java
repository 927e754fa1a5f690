package org.smartpick.engine.domain.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone who will speak up for the applicant: a mentor who knows their work and will call or
 * take calls.
 *
 * @param name who (optional; at most {@value ProfileLimits#NAME_LENGTH} characters)
 * @param role their role
 * @param standing how much their word counts
 * @param programs ACGME ids of programs they are tied to (trained, worked or know the PD there),
 *     distinct, at most {@value ProfileLimits#PROGRAM_IDS_MAX}
 * @param contacts program directors or others they know, free text, at most {@value
 *     ProfileLimits#CONTACTS_MAX} entries of {@value ProfileLimits#NAME_LENGTH} characters
 */
public record Advocate(Optional<String> name, FacultyRole role, Standing standing,
    List<String> programs, List<String> contacts) {

  public Advocate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(standing, "standing");
    programs = List.copyOf(programs);
    contacts = List.copyOf(contacts);
    FieldChecks checks = new FieldChecks()
        .optionalText("name", name, ProfileLimits.NAME_LENGTH)
        .size("programs", programs, ProfileLimits.PROGRAM_IDS_MAX)
        .acgmeIds("programs", programs)
        .distinct("programs", programs)
        .size("contacts", contacts, ProfileLimits.CONTACTS_MAX);
    for (int i = 0; i < contacts.size(); i++) {
      checks.text("contacts[" + i + "]", contacts.get(i), ProfileLimits.NAME_LENGTH);
    }
    checks.done();
  }
}
