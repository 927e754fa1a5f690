package org.smartpick.app.io.catalog;

import static org.smartpick.app.io.catalog.ProgramCsvFormat.ACADEMIC;
import static org.smartpick.app.io.catalog.ProgramCsvFormat.ACCEPTS_SIGNALS;
import static org.smartpick.app.io.catalog.ProgramCsvFormat.ACGME_ID;
import static org.smartpick.app.io.catalog.ProgramCsvFormat.CITY;
import static org.smartpick.app.io.catalog.ProgramCsvFormat.INTERVIEWS_HELD;
import static org.smartpick.app.io.catalog.ProgramCsvFormat.LATITUDE;
import static org.smartpick.app.io.catalog.ProgramCsvFormat.LONGITUDE;
import static org.smartpick.app.io.catalog.ProgramCsvFormat.MEDIAN_STEP2;
import static org.smartpick.app.io.catalog.ProgramCsvFormat.NAME;
import static org.smartpick.app.io.catalog.ProgramCsvFormat.PCT_DO;
import static org.smartpick.app.io.catalog.ProgramCsvFormat.PCT_IMG;
import static org.smartpick.app.io.catalog.ProgramCsvFormat.POSITIONS;
import static org.smartpick.app.io.catalog.ProgramCsvFormat.SOURCE;
import static org.smartpick.app.io.catalog.ProgramCsvFormat.SPECIALTY;
import static org.smartpick.app.io.catalog.ProgramCsvFormat.STATE;
import static org.smartpick.app.io.catalog.ProgramCsvFormat.VISA_SPONSORSHIP;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.smartpick.engine.catalog.CatalogSpecialty;
import org.smartpick.engine.catalog.CsvFormatException;
import org.smartpick.engine.catalog.CsvTable;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.catalog.ProgramUpdate;
import org.smartpick.engine.domain.GeoPoint;
import org.smartpick.engine.domain.Program;
import org.smartpick.engine.domain.ProgramFacts;
import org.smartpick.engine.domain.UsState;

/**
 * Reads a program CSV ({@link ProgramCsvFormat}) into {@link ProgramUpdate}s against a base
 * catalog, checking every row and collecting every problem before failing, so the user sees them
 * all at once. O(rows × columns); stateless and thread-safe.
 */
public final class ProgramCsvReader {
  private ProgramCsvReader() {
  }

  /**
   * Reads and validates the whole table.
   *
   * @param base the catalog the rows update: ids not in it are new programs
   * @param defaultSource source recorded for rows with a blank {@code source} cell
   * @throws CatalogImportException listing every problem (file, line, column, field, value)
   */
  public static List<ProgramUpdate> read(CsvTable table, ProgramCatalog base, String defaultSource) {
    List<CsvFormatException> problems = new ArrayList<>();
    checkHeader(table, problems);
    if (!problems.isEmpty()) {
      throw new CatalogImportException(table.source(), problems);
    }
    List<ProgramUpdate> updates = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      int before = problems.size();
      Optional<ProgramUpdate> update = new RowReader(row, base, problems).read(defaultSource);
      update.ifPresent(u -> {
        Integer earlier = firstLine.putIfAbsent(u.acgmeId(), row.line());
        if (earlier != null) {
          problems.add(row.error(ACGME_ID, "appears again (first on line " + earlier + ")"));
        }
      });
      if (problems.size() == before) {
        updates.add(update.orElseThrow());
      }
    }
    if (!problems.isEmpty()) {
      throw new CatalogImportException(table.source(), problems);
    }
    return List.copyOf(updates);
  }

  private static void checkHeader(CsvTable table, List<CsvFormatException> problems) {
    List<String> header = table.header();
    for (int i = 0; i < header.size(); i++) {
      if (!ProgramCsvFormat.COLUMNS.contains(header.get(i))) {
        problems.add(new CsvFormatException(table.source(), 1, i + 1, header.get(i), null,
            "unknown column; the columns are " + String.join(",", ProgramCsvFormat.COLUMNS)));
      }
    }
    if (!table.hasColumn(ACGME_ID)) {
      problems.add(new CsvFormatException(table.source(), 1, 0, ACGME_ID, null,
          "missing required column"));
    }
  }

  /** Parses one row, adding a problem per bad field. */
  private static final class RowReader {
    private final CsvTable.Row row;
    private final ProgramCatalog base;
    private final List<CsvFormatException> problems;

    RowReader(CsvTable.Row row, ProgramCatalog base, List<CsvFormatException> problems) {
      this.row = row;
      this.base = base;
      this.problems = problems;
    }

    Optional<ProgramUpdate> read(String defaultSource) {
      String id = row.get(ACGME_ID);
      boolean validId = Program.isAcgmeId(id);
      if (!validId) {
        problems.add(row.error(ACGME_ID, id.isEmpty() ? "is required"
            : "is not a 10-digit ACGME program id"));
      } else if (base.program(id).isEmpty()) {
        requireIdentifyingFields(id);
      }
      Optional<String> name = cell(NAME);
      Optional<String> specialty = specialty();
      Optional<String> city = cell(CITY);
      Optional<UsState> state = state();
      Optional<GeoPoint> location = location();
      OptionalInt positions = integer(POSITIONS, 1, 10_000);
      Optional<Boolean> academic = bool(ACADEMIC);
      ProgramFacts facts = new ProgramFacts(integer(MEDIAN_STEP2, 1, 300),
          decimal(PCT_IMG, 0, 100), decimal(PCT_DO, 0, 100), bool(VISA_SPONSORSHIP),
          bool(ACCEPTS_SIGNALS), integer(INTERVIEWS_HELD, 0, 100_000));
      String source = cell(SOURCE).orElse(defaultSource);
      if (!validId) {
        return Optional.empty();
      }
      return Optional.of(new ProgramUpdate(id, name, specialty, city, state, location, positions,
          academic, facts, source));
    }

    private void requireIdentifyingFields(String id) {
      for (String field : ProgramCsvFormat.IDENTIFYING) {
        if (cell(field).isEmpty()) {
          problems.add(problem(field, "is required because " + id
              + " is a new program (not in the catalog)"));
        }
      }
    }

    private Optional<String> cell(String field) {
      if (!row.hasColumn(field)) {
        return Optional.empty();
      }
      String value = row.get(field);
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private Optional<String> specialty() {
      Optional<String> text = cell(SPECIALTY);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      Optional<String> catalogName = base.specialty(text.get())
          .flatMap(CatalogSpecialty::catalogName);
      if (catalogName.isEmpty()) {
        problems.add(row.error(SPECIALTY, "is not a catalog specialty; valid names: "
            + base.specialties().stream().flatMap(s -> s.catalogName().stream())
                .sorted().collect(Collectors.joining(", "))));
      }
      return catalogName;
    }

    private Optional<UsState> state() {
      Optional<UsState> state = cell(STATE).flatMap(UsState::fromCode);
      if (cell(STATE).isPresent() && state.isEmpty()) {
        problems.add(row.error(STATE, "is not a US state or territory code (e.g. TX, PR)"));
      }
      return state;
    }

    private Optional<GeoPoint> location() {
      OptionalDouble latitude = decimal(LATITUDE, -90, 90);
      OptionalDouble longitude = decimal(LONGITUDE, -180, 180);
      if (cell(LATITUDE).isPresent() != cell(LONGITUDE).isPresent()) {
        String missing = cell(LATITUDE).isPresent() ? LONGITUDE : LATITUDE;
        problems.add(problem(missing, "is required when the other coordinate is given"));
        return Optional.empty();
      }
      if (latitude.isEmpty() || longitude.isEmpty()) {
        return Optional.empty();
      }
      GeoPoint point = new GeoPoint(latitude.getAsDouble(), longitude.getAsDouble());
      if (!point.insideUnitedStates()) {
        problems.add(row.error(LATITUDE, "with longitude " + longitude.getAsDouble()
            + " lies outside the United States"));
        return Optional.empty();
      }
      return Optional.of(point);
    }

    private OptionalInt integer(String field, int min, int max) {
      Optional<String> text = cell(field);
      if (text.isEmpty()) {
        return OptionalInt.empty();
      }
      try {
        int value = Integer.parseInt(text.get());
        if (value >= min && value <= max) {
          return OptionalInt.of(value);
        }
        problems.add(row.error(field, "must be between " + min + " and " + max));
      } catch (NumberFormatException e) {
        problems.add(row.error(field, "is not a whole number"));
      }
      return OptionalInt.empty();
    }

    private OptionalDouble decimal(String field, double min, double max) {
      Optional<String> text = cell(field);
      if (text.isEmpty()) {
        return OptionalDouble.empty();
      }
      try {
        double value = Double.parseDouble(text.get());
        if (value >= min && value <= max) {
          return OptionalDouble.of(value);
        }
        problems.add(row.error(field, "must be between " + format(min) + " and " + format(max)));
      } catch (NumberFormatException e) {
        problems.add(row.error(field, "is not a number"));
      }
      return OptionalDouble.empty();
    }

    private static String format(double bound) {
      return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
    }

    private Optional<Boolean> bool(String field) {
      Optional<String> text = cell(field);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      Optional<Boolean> value = ProgramCsvFormat.parseBoolean(text.get());
      if (value.isEmpty()) {
        problems.add(row.error(field, "must be true or false (or yes/no, 1/0)"));
      }
      return value;
    }

    private CsvFormatException problem(String field, String message) {
      return row.hasColumn(field) ? row.error(field, message)
          : new CsvFormatException(row.source(), row.line(), 0, field, null,
              "column missing: " + message);
    }
  }
}
