package org.smartpick.app.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.smartpick.engine.advise.ErasFees;
import org.smartpick.engine.catalog.CatalogSpecialty;
import org.smartpick.engine.domain.profile.Advocate;
import org.smartpick.engine.domain.profile.ApplicantProfile;
import org.smartpick.engine.domain.profile.Budget;
import org.smartpick.engine.domain.profile.RedFlag;
import org.smartpick.engine.domain.profile.Standing;

/**
 * A few lines about a profile for the terminal: counts and choices, never free text (names,
 * notes), since a summary may be shown to others.
 */
final class ProfileSummary {
  private ProfileSummary() {
  }

  static String of(ApplicantProfile p, ErasFees fees) {
    Map<String, String> lines = new LinkedHashMap<>();
    lines.put("Specialty", p.specialty().name() + p.backupSpecialty()
        .map(b -> " (backup: " + b.name() + ")").orElse(""));
    lines.put("Applicant type", p.applicantType().label());
    lines.put("Step 2 CK", p.step2().pending() ? "pending"
        : Integer.toString(p.step2().score().getAsInt()));
    lines.put("Step 1 attempts", Integer.toString(p.step1Attempts()));
    lines.put("Research items", Integer.toString(p.researchItems()));
    lines.put("Letters", Integer.toString(p.letters().size()));
    lines.put("Home programs", Integer.toString(p.homeSchool().affiliatedPrograms().size()));
    lines.put("Away rotations", Integer.toString(p.awayRotations().size()));
    lines.put("Advocates", p.advocates().size() + " (" + p.advocates().stream()
        .map(Advocate::standing).filter(Standing.HIGH::equals).count() + " of high standing)");
    lines.put("Red flags", p.redFlags().size() + " (" + p.redFlags().stream()
        .filter(RedFlag::owned).count() + " owned)");
    lines.put("Signals", p.signals() + signalAllotment(p.specialty()));
    lines.put("Budget", budget(p.budget(), fees));
    lines.put("Couple", p.couplePartner().map(c -> "with a " + c.applicantType().label()
        + " in " + c.specialty().name() + (c.sameCity() ? ", same city" : ", same region"))
        .orElse("no"));
    StringBuilder text = new StringBuilder();
    lines.forEach((label, value) -> text.append(String.format(Locale.ROOT, "  %-16s %s%n",
        label, value)));
    return text.toString();
  }

  private static String signalAllotment(CatalogSpecialty specialty) {
    return specialty.latestSignals().map(a -> " of " + a.total() + " (" + a.cycle() + ")")
        .orElse("");
  }

  private static String budget(Budget budget, ErasFees fees) {
    OptionalInt limit = fees.applicationLimit(budget);
    if (limit.isEmpty()) {
      return "no limit given";
    }
    int n = limit.getAsInt();
    return String.format(Locale.ROOT, "up to %d applications ($%,d in ERAS fees: $%d each for"
        + " the first %d, $%d after)", n, fees.cost(n), fees.firstTierFee(),
        fees.firstTierSize(), fees.laterFee());
  }
}
