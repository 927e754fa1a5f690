package org.smartpick.engine.domain.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.smartpick.engine.catalog.CatalogSpecialty;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.domain.SignalAllotment;

/**
 * Checks a profile against a program catalog: every ACGME id it names must be a catalog program,
 * the specialty must have catalog programs to apply to, and the signals may not exceed the
 * specialty's allotment. O(ids); stateless.
 */
public final class ProfileCatalogCheck {
  private ProfileCatalogCheck() {
  }

  /** Every problem found, with paths as in the profile file; empty when the profile fits. */
  public static List<FieldViolation> problems(ApplicantProfile profile, ProgramCatalog catalog) {
    List<FieldViolation> problems = new ArrayList<>();
    Consumer<FieldViolation> report = problems::add;
    if (profile.specialty().catalogPrograms() == 0) {
      report.accept(new FieldViolation("specialty", profile.specialty().name(),
          "has no programs in the catalog to apply to; choose a specialty with catalog programs"
              + " (smartpick specialties lists them)"));
    }
    knownIds("homeSchool.affiliatedPrograms", profile.homeSchool().affiliatedPrograms(), catalog,
        report);
    for (int i = 0; i < profile.awayRotations().size(); i++) {
      knownId("awayRotations[" + i + "].programId", profile.awayRotations().get(i).programId(),
          catalog, report);
    }
    for (int i = 0; i < profile.advocates().size(); i++) {
      knownIds("advocates[" + i + "].programs", profile.advocates().get(i).programs(), catalog,
          report);
    }
    withinAllotment(profile.signals(), profile.specialty(), report);
    return List.copyOf(problems);
  }

  private static void knownIds(String field, List<String> ids, ProgramCatalog catalog,
      Consumer<FieldViolation> report) {
    for (int i = 0; i < ids.size(); i++) {
      knownId(field + "[" + i + "]", ids.get(i), catalog, report);
    }
  }

  private static void knownId(String field, String id, ProgramCatalog catalog,
      Consumer<FieldViolation> report) {
    if (catalog.program(id).isEmpty()) {
      report.accept(new FieldViolation(field, id, "is not an ACGME id in the program catalog"
          + " (smartpick programs lists them)"));
    }
  }

  private static void withinAllotment(int signals, CatalogSpecialty specialty,
      Consumer<FieldViolation> report) {
    specialty.latestSignals().filter(allotment -> signals > allotment.total())
        .ifPresent((SignalAllotment allotment) -> report.accept(new FieldViolation("signals",
            Integer.toString(signals), "is more than the " + allotment.total() + " signals "
                + specialty.name() + " applicants get (" + allotment.cycle()
                + "); allowed range 0.." + allotment.total())));
  }
}
