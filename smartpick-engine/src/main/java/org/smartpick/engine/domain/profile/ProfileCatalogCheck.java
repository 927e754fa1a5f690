package org.smartpick.engine.domain.profile;

import java.util.ArrayList;
import java.util.List;
import org.smartpick.engine.catalog.CatalogSpecialty;
import org.smartpick.engine.catalog.ProgramCatalog;

/**
 * Checks a profile against a program catalog: every ACGME id it names must be a catalog program,
 * the specialty must have catalog programs to apply to, and the signals may not exceed the
 * specialty's allotment. The part checks give paths relative to the part, so a reader can check
 * each part as soon as it is built. O(ids); stateless.
 */
public final class ProfileCatalogCheck {
  private ProfileCatalogCheck() {
  }

  /** Every problem found, with paths as in the profile file; empty when the profile fits. */
  public static List<FieldViolation> problems(ApplicantProfile profile, ProgramCatalog catalog) {
    List<FieldViolation> problems = new ArrayList<>(under("specialty",
        specialty(profile.specialty())));
    problems.addAll(under("homeSchool", homeSchool(profile.homeSchool(), catalog)));
    for (int i = 0; i < profile.awayRotations().size(); i++) {
      problems.addAll(under("awayRotations[" + i + "]",
          awayRotation(profile.awayRotations().get(i), catalog)));
    }
    for (int i = 0; i < profile.advocates().size(); i++) {
      problems.addAll(under("advocates[" + i + "]",
          advocate(profile.advocates().get(i), catalog)));
    }
    problems.addAll(under("signals", signals(profile.signals(), profile.specialty())));
    return List.copyOf(problems);
  }

  /** The main specialty must have catalog programs to apply to. */
  public static List<FieldViolation> specialty(CatalogSpecialty specialty) {
    if (specialty.catalogPrograms() > 0) {
      return List.of();
    }
    return List.of(new FieldViolation("", specialty.name(), "has no programs in the catalog to"
        + " apply to; choose a specialty with catalog programs (smartpick specialties lists"
        + " them)"));
  }

  /** Affiliated programs must be catalog programs. */
  public static List<FieldViolation> homeSchool(HomeSchool school, ProgramCatalog catalog) {
    return knownIds("affiliatedPrograms", school.affiliatedPrograms(), catalog);
  }

  /** The rotation's program must be a catalog program. */
  public static List<FieldViolation> awayRotation(AwayRotation rotation, ProgramCatalog catalog) {
    return catalog.program(rotation.programId()).isPresent() ? List.of()
        : List.of(unknownId("programId", rotation.programId()));
  }

  /** The advocate's programs must be catalog programs. */
  public static List<FieldViolation> advocate(Advocate advocate, ProgramCatalog catalog) {
    return knownIds("programs", advocate.programs(), catalog);
  }

  /** Signals may not exceed the specialty's latest allotment (when one is known). */
  public static List<FieldViolation> signals(int signals, CatalogSpecialty specialty) {
    return specialty.latestSignals().filter(allotment -> signals > allotment.total())
        .map(allotment -> List.of(new FieldViolation("", Integer.toString(signals),
            "is more than the " + allotment.total() + " signals " + specialty.name()
                + " applicants get (" + allotment.cycle() + "); allowed range 0.."
                + allotment.total())))
        .orElse(List.of());
  }

  private static List<FieldViolation> knownIds(String field, List<String> ids,
      ProgramCatalog catalog) {
    List<FieldViolation> problems = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      if (catalog.program(ids.get(i)).isEmpty()) {
        problems.add(unknownId(field + "[" + i + "]", ids.get(i)));
      }
    }
    return problems;
  }

  private static FieldViolation unknownId(String field, String id) {
    return new FieldViolation(field, id, "is not an ACGME id in the program catalog"
        + " (smartpick programs lists them)");
  }

  private static List<FieldViolation> under(String prefix, List<FieldViolation> violations) {
    return violations.stream().map(v -> v.under(prefix)).toList();
  }
}
