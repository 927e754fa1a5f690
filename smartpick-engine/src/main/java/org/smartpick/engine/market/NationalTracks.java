package org.smartpick.engine.market;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.smartpick.engine.catalog.BundledData;
import org.smartpick.engine.catalog.CsvTable;

/**
 * The bundled {@code national-structure-2025.csv}: per NRMP specialty, its advanced (PGY-2)
 * positions and programs, its unique applicants where the NRMP count holds applicants once per
 * track they rank (specialties with advanced positions), and for specialties without catalog programs the catalog specialty whose
 * programs' cities host their synthetic programs. Each row says whether it is published or
 * estimated and cites its source. Specialties without a row have no advanced positions.
 *
 * <p>Immutable and thread-safe; {@link #bundled()} is read once.
 */
final class NationalTracks {
  /** One row of the file (its provenance and source are checked and documented, not used). */
  record Row(String specialty, int advancedPositions, OptionalInt advancedPrograms,
      OptionalInt uniqueApplicants, Optional<String> hostSpecialty) {
  }

  private final Map<String, Row> rows;

  private NationalTracks(Map<String, Row> rows) {
    this.rows = Map.copyOf(rows);
  }

  static NationalTracks bundled() {
    return Holder.TRACKS;
  }

  private static final class Holder {
    static final NationalTracks TRACKS = read(BundledData.table("national-structure-2025.csv"));
  }

  static NationalTracks read(CsvTable table) {
    table.requireColumns("specialty", "advanced_positions", "advanced_programs",
        "unique_applicants", "host_specialty", "provenance", "source");
    Map<String, Row> rows = new LinkedHashMap<>();
    for (CsvTable.Row row : table.rows()) {
      String provenance = row.text("provenance");
      if (!provenance.equals("published") && !provenance.equals("estimated")) {
        throw row.error("provenance", "must be 'published' or 'estimated'");
      }
      String host = row.get("host_specialty").trim();
      Row parsed = new Row(row.text("specialty"), row.integer("advanced_positions"),
          row.optionalInteger("advanced_programs"), row.optionalInteger("unique_applicants"),
          host.isEmpty() ? Optional.empty() : Optional.of(host));
      if (parsed.advancedPositions() < 0) {
        throw row.error("advanced_positions", "must not be negative");
      }
      if (rows.put(parsed.specialty(), parsed) != null) {
        throw row.error("specialty", "appears twice");
      }
    }
    return new NationalTracks(rows);
  }

  /** The specialty's row, if the file has one. */
  Optional<Row> row(String specialty) {
    return Optional.ofNullable(rows.get(specialty));
  }

  /**
   * Applicants of a specialty counted once: the file's unique applicants where given, else the
   * NRMP count.
   */
  int uniqueApplicants(String specialty, int nrmpApplicants) {
    return row(specialty).flatMap(r -> r.uniqueApplicants().isPresent()
        ? Optional.of(r.uniqueApplicants().getAsInt()) : Optional.<Integer>empty())
        .orElse(nrmpApplicants);
  }

  /** Advanced (PGY-2) positions of a specialty; 0 without a row. */
  int advancedPositions(String specialty) {
    return row(specialty).map(Row::advancedPositions).orElse(0);
  }
}
