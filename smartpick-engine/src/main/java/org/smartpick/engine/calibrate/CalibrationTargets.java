package org.smartpick.engine.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartpick.engine.catalog.BundledData;
import org.smartpick.engine.catalog.CatalogSpecialty;
import org.smartpick.engine.catalog.CsvTable;
import org.smartpick.engine.catalog.ProgramCatalog;

/**
 * The published figures calibration compares the model against: every row of the bundled
 * {@code calibration-targets.csv} (ranges kept as intervals) and the US MD Charting Outcomes
 * curves of {@code charting-outcomes-usmd-step2.csv} (P(match) by Step 2 CK band per specialty,
 * with applicant counts).
 *
 * <p>Immutable; {@link #bundled()} is loaded once and shared; thread-safe.
 */
public final class CalibrationTargets {
  /**
   * Charting Outcomes names that neither the NRMP nor the catalog spelling matches; all other
   * names resolve through the catalog.
   */
  private static final Map<String, String> CHARTING_ALIASES = Map.of(
      "General Surgery", "Surgery (Categorical)",
      "Internal Medicine/Pediatrics", "Medicine-Pediatrics");

  private final List<CalibrationTarget> targets;
  private final List<ChartingPoint> charting;

  private CalibrationTargets(List<CalibrationTarget> targets, List<ChartingPoint> charting) {
    this.targets = List.copyOf(targets);
    this.charting = List.copyOf(charting);
  }

  /** The bundled targets and curves. */
  public static CalibrationTargets bundled() {
    return Holder.TARGETS;
  }

  /**
   * Targets read from another file in the bundled format (columns id, scope, metric, value,
   * reliability, source), e.g. a later year's figures, with the bundled Charting Outcomes curves.
   * Every id must be one the model knows how to produce ({@link TargetMapping}); the model's own
   * inputs (national totals, couple count, …) stay the bundled figures.
   *
   * @param source the file name used in error messages
   * @throws org.smartpick.engine.catalog.CsvFormatException naming the line, field and value of
   *     the first bad row (malformed, unknown id, repeated id, bad value or reliability)
   */
  public static CalibrationTargets read(String source, java.io.Reader reader)
      throws java.io.IOException {
    return new CalibrationTargets(readTargets(CsvTable.read(source, reader)),
        bundled().charting());
  }

  private static final class Holder {
    static final CalibrationTargets TARGETS = new CalibrationTargets(
        readTargets(BundledData.table("calibration-targets.csv")),
        readCharting(BundledData.table("charting-outcomes-usmd-step2.csv")));
  }

  /**
   * Reads target rows (columns id, scope, metric, value, reliability, source).
   *
   * @throws org.smartpick.engine.catalog.CsvFormatException naming line, field and value
   */
  static List<CalibrationTarget> readTargets(CsvTable table) {
    table.requireColumns("id", "scope", "metric", "value", "reliability", "source");
    List<CalibrationTarget> result = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (CsvTable.Row row : table.rows()) {
      String id = row.text("id");
      try {
        TargetMapping.of(id);
      } catch (IllegalArgumentException e) {
        throw row.error("id", "is not a target the model can produce (the ids of the bundled "
            + "calibration-targets.csv; docs/calibration.md)");
      }
      if (!ids.add(id)) {
        throw row.error("id", "is listed twice");
      }
      String text = row.text("value");
      double low;
      double high;
      int dash = text.indexOf('-', 1);
      try {
        if (dash > 0) {
          low = Double.parseDouble(text.substring(0, dash));
          high = Double.parseDouble(text.substring(dash + 1));
        } else {
          low = Double.parseDouble(text);
          high = low;
        }
      } catch (NumberFormatException e) {
        throw row.error("value", "is not a number or a range a-b");
      }
      if (!(low <= high)) {
        throw row.error("value", "range must run from low to high");
      }
      Reliability reliability;
      try {
        reliability = Reliability.parse(row.text("reliability"));
      } catch (IllegalArgumentException e) {
        throw row.error("reliability", "is not one of primary, secondary, weak");
      }
      result.add(new CalibrationTarget(id, row.text("scope"), row.text("metric"),
          text, low, high, reliability, row.text("source")));
    }
    return result;
  }

  /** Reads Charting Outcomes rows of US MD seniors, resolving specialty names to NRMP names. */
  static List<ChartingPoint> readCharting(CsvTable table) {
    table.requireColumns("specialty", "applicant_type", "step2_band", "applicants", "p_match_pct");
    ProgramCatalog catalog = ProgramCatalog.bundled();
    List<ChartingPoint> result = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      if (!row.text("applicant_type").equals("US_MD_SENIOR")) {
        continue;
      }
      String name = row.text("specialty");
      String lookup = CHARTING_ALIASES.getOrDefault(name, name);
      Optional<CatalogSpecialty> specialty = catalog.specialty(lookup);
      if (specialty.isEmpty() || specialty.get().nrmp().isEmpty()) {
        throw row.error("specialty", "is not an NRMP specialty of the catalog");
      }
      double pct = row.decimal("p_match_pct");
      if (pct < 0 || pct > 100) {
        throw row.error("p_match_pct", "must be a percentage in 0..100");
      }
      result.add(new ChartingPoint(name, specialty.get().nrmp().get().name(),
          row.text("step2_band"), row.integer("applicants"), pct / 100));
    }
    return result;
  }

  /** Every target, in file order. */
  public List<CalibrationTarget> targets() {
    return targets;
  }

  /** Every Charting Outcomes point of US MD seniors, in file order. */
  public List<ChartingPoint> charting() {
    return charting;
  }

  /**
   * The target with this id.
   *
   * @throws IllegalArgumentException naming the id
   */
  public CalibrationTarget target(String id) {
    return targets.stream().filter(t -> t.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no calibration target '" + id + "'"));
  }
}
