package org.smartpick.engine.market;

import org.smartpick.engine.domain.ApplicantType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.smartpick.engine.catalog.BundledData;
import org.smartpick.engine.catalog.CsvTable;

/**
 * The published figures the market model starts from, read from the bundled
 * {@code applicant-types-2025.csv} (NRMP 2025 by applicant type; AAMC ERAS 2025 mean applications)
 * and {@code calibration-targets.csv} (each row with its source). A range such as "0.41-0.52" reads
 * as its midpoint.
 *
 * <p>Immutable; {@link #bundled()} is loaded once and shared; thread-safe.
 */
public final class PublishedFigures {
  private final Map<ApplicantType, double[]> byType;
  private final Map<String, Double> targets;

  private PublishedFigures(Map<ApplicantType, double[]> byType, Map<String, Double> targets) {
    this.byType = byType;
    this.targets = targets;
  }

  /** The bundled figures. */
  public static PublishedFigures bundled() {
    return Holder.FIGURES;
  }

  private static final class Holder {
    static final PublishedFigures FIGURES = read();
  }

  private static PublishedFigures read() {
    CsvTable types = BundledData.table("applicant-types-2025.csv");
    types.requireColumns("applicant_type", "active_applicants_2025", "match_rate_2025",
        "mean_applications_2025");
    Map<ApplicantType, double[]> byType = new EnumMap<>(ApplicantType.class);
    for (CsvTable.Row row : types.rows()) {
      ApplicantType type;
      try {
        type = ApplicantType.valueOf(row.text("applicant_type"));
      } catch (IllegalArgumentException e) {
        throw row.error("applicant_type", "is not one of US_MD_SENIOR, US_DO_SENIOR, US_IMG, "
            + "NON_US_IMG");
      }
      byType.put(type, new double[] {row.integer("active_applicants_2025"),
          row.decimal("match_rate_2025"), row.decimal("mean_applications_2025")});
    }
    for (ApplicantType type : ApplicantType.values()) {
      if (!byType.containsKey(type)) {
        throw new IllegalStateException("applicant-types-2025.csv has no row for " + type);
      }
    }
    CsvTable table = BundledData.table("calibration-targets.csv");
    table.requireColumns("id", "value");
    Map<String, Double> targets = new LinkedHashMap<>();
    for (CsvTable.Row row : table.rows()) {
      targets.put(row.text("id"), parseValue(row));
    }
    return new PublishedFigures(byType, targets);
  }

  private static double parseValue(CsvTable.Row row) {
    String text = row.text("value");
    int dash = text.indexOf('-', 1);
    try {
      if (dash > 0) {
        return (Double.parseDouble(text.substring(0, dash))
            + Double.parseDouble(text.substring(dash + 1))) / 2;
      }
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw row.error("value", "is not a number or a range a-b");
    }
  }

  /** Active applicants of the type in the 2025 Match. */
  public int activeApplicants(ApplicantType type) {
    return (int) byType.get(type)[0];
  }

  /** Active applicants of all four types. */
  public int activeApplicants() {
    int total = 0;
    for (ApplicantType type : ApplicantType.values()) {
      total += activeApplicants(type);
    }
    return total;
  }

  /** 2025 match rate of the type. */
  public double matchRate(ApplicantType type) {
    return byType.get(type)[1];
  }

  /** Mean ERAS applications per applicant of the type (AAMC, 2025 cycle). */
  public double meanApplications(ApplicantType type) {
    return byType.get(type)[2];
  }

  /** Share of the type among the four types' active applicants. */
  public double share(ApplicantType type) {
    return (double) activeApplicants(type) / activeApplicants();
  }

  /**
   * The value of a calibration target by id (a range reads as its midpoint).
   *
   * @throws IllegalArgumentException naming the id when the file has no such row
   */
  public double target(String id) {
    Double value = targets.get(id);
    if (value == null) {
      throw new IllegalArgumentException("calibration-targets.csv has no target '" + id + "'");
    }
    return value;
  }
}
