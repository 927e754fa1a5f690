package org.smartpick.engine.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartpick.engine.domain.SignalAllotment;
import org.smartpick.engine.domain.Specialty;

/**
 * The facts shipped inside the engine jar (copied from the project's data folder with their
 * sources, see {@code org/smartpick/engine/data/SOURCES.md}). Reading them needs no file system.
 *
 * <p>Stateless; every method reads the resource afresh, so callers should keep what they load.
 */
public final class BundledData {
  /** Classpath folder holding the bundled data files. */
  public static final String FOLDER = "/org/smartpick/engine/data/";

  private BundledData() {
  }

  /** Opens one bundled CSV file by name, e.g. {@code "specialties-2025.csv"}. */
  public static CsvTable table(String fileName) {
    String path = FOLDER + fileName;
    try (InputStream in = BundledData.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing from the jar: " + path);
      }
      return CsvTable.read(fileName, new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + path, e);
    }
  }

  /** NRMP 2025 specialties, in file order. */
  public static List<Specialty> specialties() {
    CsvTable table = table("specialties-2025.csv");
    table.requireColumns("specialty", "catalog_specialty", "nrmp_programs_2025",
        "nrmp_positions_2025", "nrmp_applicants_2025", "matched_step2_mean", "fill_rate_2025");
    List<Specialty> result = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      String catalogName = row.get("catalog_specialty");
      result.add(new Specialty(
          row.text("specialty"),
          catalogName.isEmpty() ? Optional.empty() : Optional.of(catalogName),
          row.integer("nrmp_programs_2025"),
          row.integer("nrmp_positions_2025"),
          row.integer("nrmp_applicants_2025"),
          row.optionalInteger("matched_step2_mean"),
          row.optionalDecimal("fill_rate_2025")));
    }
    return List.copyOf(result);
  }

  /**
   * Signal allotments from {@code signals-by-specialty.csv}, keyed by the file's own specialty
   * names (see {@link SignalSpecialtyNames} for how they map), both in file order.
   */
  public static Map<String, List<SignalAllotment>> signals() {
    CsvTable table = table("signals-by-specialty.csv");
    table.requireColumns("specialty", "cycle", "signals_total", "gold", "silver", "reliability",
        "source");
    Map<String, List<SignalAllotment>> result = new LinkedHashMap<>();
    for (CsvTable.Row row : table.rows()) {
      SignalAllotment allotment;
      try {
        allotment = new SignalAllotment(row.text("cycle"), row.integer("signals_total"),
            row.optionalInteger("gold"), row.optionalInteger("silver"), row.text("reliability"),
            row.text("source"));
      } catch (CsvFormatException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw row.error("signals_total", e.getMessage());
      }
      result.computeIfAbsent(row.text("specialty"), k -> new ArrayList<>()).add(allotment);
    }
    result.replaceAll((name, list) -> List.copyOf(list));
    return java.util.Collections.unmodifiableMap(result);
  }
}
