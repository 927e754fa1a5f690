package org.smartpick.engine.advise;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartpick.engine.catalog.BundledData;
import org.smartpick.engine.catalog.CsvTable;
import org.smartpick.engine.domain.profile.Budget;

/**
 * ERAS application fees for one specialty: a lower fee for each of the first
 * {@code firstTierSize} applications, a higher one for each application after that. The bundled
 * schedule comes from rows T29 and T30 of {@code calibration-targets.csv} ("ERAS fee schedule from
 * the 2025 cycle": $11 each for the first 30, $30 after).
 *
 * <p>Immutable and thread-safe; all methods O(1).
 *
 * @param firstTierSize applications charged the first-tier fee, ≥ 1
 * @param firstTierFee US dollars per application within the first tier, ≥ 0
 * @param laterFee US dollars per application after the first tier, ≥ 0
 * @param source where the schedule comes from
 */
public record ErasFees(int firstTierSize, int firstTierFee, int laterFee, String source) {
  private static final Pattern FIRST = Pattern.compile("fee_per_application_first_(\\d+)_usd");
  private static final Pattern AFTER = Pattern.compile("fee_per_application_after_(\\d+)_usd");

  public ErasFees {
    Objects.requireNonNull(source, "source");
    if (firstTierSize < 1) {
      throw new IllegalArgumentException("firstTierSize " + firstTierSize + " must be at least 1");
    }
    if (firstTierFee < 0 || laterFee < 0) {
      throw new IllegalArgumentException("fees " + firstTierFee + " and " + laterFee
          + " must be 0 or more dollars");
    }
  }

  /** The schedule in the bundled {@code calibration-targets.csv} (rows T29 and T30). */
  public static ErasFees bundled() {
    CsvTable table = BundledData.table("calibration-targets.csv");
    table.requireColumns("id", "scope", "metric", "value", "source");
    CsvTable.Row first = row(table, "T29");
    CsvTable.Row after = row(table, "T30");
    int firstTier = tierSize(first, FIRST);
    if (tierSize(after, AFTER) != firstTier) {
      throw after.error("metric", "names a different tier size than T29 (" + firstTier + ")");
    }
    String source = first.text("source").equals(after.text("source")) ? first.text("source")
        : first.text("source") + "; " + after.text("source");
    return new ErasFees(firstTier, first.integer("value"), after.integer("value"),
        source + " (calibration-targets.csv T29, T30)");
  }

  private static CsvTable.Row row(CsvTable table, String id) {
    return table.rows().stream().filter(r -> r.get("id").equals(id)).findFirst()
        .orElseThrow(() -> new IllegalStateException("calibration-targets.csv has no row " + id
            + " (ERAS fees)"));
  }

  private static int tierSize(CsvTable.Row row, Pattern pattern) {
    Matcher matcher = pattern.matcher(row.text("metric"));
    if (!row.text("scope").equals("ERAS") || !matcher.matches()) {
      throw row.error("metric", "is not an ERAS fee row of the form " + pattern.pattern());
    }
    return Integer.parseInt(matcher.group(1));
  }

  /** US dollars for {@code applications} applications (≥ 0) to one specialty. */
  public int cost(int applications) {
    if (applications < 0) {
      throw new IllegalArgumentException("applications " + applications + " must be 0 or more");
    }
    int inFirstTier = Math.min(applications, firstTierSize);
    return inFirstTier * firstTierFee + (applications - inFirstTier) * laterFee;
  }

  /**
   * The most applications a budget allows: its count, what its dollars pay for, or the smaller of
   * the two; empty when the budget sets no limit.
   */
  public OptionalInt applicationLimit(Budget budget) {
    OptionalInt byDollars = budget.maxDollars().isPresent()
        ? OptionalInt.of(maxApplications(budget.maxDollars().getAsInt())) : OptionalInt.empty();
    if (budget.maxApplications().isEmpty()) {
      return byDollars;
    }
    int count = budget.maxApplications().getAsInt();
    return OptionalInt.of(byDollars.isPresent() ? Math.min(count, byDollars.getAsInt()) : count);
  }

  /** The most applications that {@code dollars} (≥ 0) pay for; unbounded fees give MAX_VALUE. */
  public int maxApplications(int dollars) {
    if (dollars < 0) {
      throw new IllegalArgumentException("dollars " + dollars + " must be 0 or more");
    }
    int firstTierCost = firstTierSize * firstTierFee;
    if (dollars < firstTierCost) {
      return dollars / firstTierFee;
    }
    if (laterFee == 0) {
      return Integer.MAX_VALUE;
    }
    return firstTierSize + (dollars - firstTierCost) / laterFee;
  }
}
