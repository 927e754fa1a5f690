package org.smartpick.app.io.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.smartpick.engine.catalog.ProgramUpdate;
import org.smartpick.engine.domain.Program;
import org.smartpick.engine.domain.ProgramFacts;
import org.smartpick.engine.domain.Provenance;

/**
 * Writes programs in the import format ({@link ProgramCsvFormat}, RFC 4180 quoting). Estimated and
 * unknown values are left blank, so re-importing an export changes nothing. O(programs);
 * stateless and thread-safe.
 */
public final class ProgramCsvWriter {
  private ProgramCsvWriter() {
  }

  /** The CSV text: a header row, then one row per program, lines ending in '\n'. */
  public static String write(List<Program> programs) {
    StringBuilder out = new StringBuilder(String.join(",", ProgramCsvFormat.COLUMNS)).append('\n');
    for (Program program : programs) {
      appendRow(out, cells(program));
    }
    return out.toString();
  }

  /** Sparse import rows, one per update: only the values the update sets. */
  public static String writeUpdates(List<ProgramUpdate> updates) {
    StringBuilder out = new StringBuilder(String.join(",", ProgramCsvFormat.COLUMNS)).append('\n');
    for (ProgramUpdate update : updates) {
      appendRow(out, cells(update));
    }
    return out.toString();
  }

  private static List<String> cells(ProgramUpdate u) {
    ProgramFacts facts = u.facts();
    List<String> cells = new ArrayList<>(ProgramCsvFormat.COLUMNS.size());
    cells.add(u.acgmeId());
    cells.add(u.name().orElse(""));
    cells.add(u.specialty().orElse(""));
    cells.add(u.city().orElse(""));
    cells.add(u.state().map(Enum::name).orElse(""));
    cells.add(u.location().map(l -> Double.toString(l.latitude())).orElse(""));
    cells.add(u.location().map(l -> Double.toString(l.longitude())).orElse(""));
    cells.add(text(u.positions()));
    cells.add(text(facts.medianStep2()));
    cells.add(text(facts.pctImg()));
    cells.add(text(facts.pctDo()));
    cells.add(text(facts.visaSponsorship()));
    cells.add(text(facts.acceptsSignals()));
    cells.add(text(facts.interviewsHeld()));
    cells.add(text(u.academic()));
    cells.add(u.source());
    return cells;
  }

  private static List<String> cells(Program p) {
    ProgramFacts facts = p.facts();
    List<String> cells = new ArrayList<>(ProgramCsvFormat.COLUMNS.size());
    cells.add(p.acgmeId());
    cells.add(p.name());
    cells.add(p.specialty());
    cells.add(p.city());
    cells.add(p.state().name());
    cells.add(Double.toString(p.location().latitude()));
    cells.add(Double.toString(p.location().longitude()));
    cells.add(p.positionsProvenance() == Provenance.IMPORTED ? text(p.positions()) : "");
    cells.add(text(facts.medianStep2()));
    cells.add(text(facts.pctImg()));
    cells.add(text(facts.pctDo()));
    cells.add(text(facts.visaSponsorship()));
    cells.add(text(facts.acceptsSignals()));
    cells.add(text(facts.interviewsHeld()));
    cells.add(p.academicEstimated() ? "" : Boolean.toString(p.academic()));
    cells.add(p.importSource().orElse(""));
    return cells;
  }

  private static String text(OptionalInt value) {
    return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
  }

  private static String text(OptionalDouble value) {
    return value.isPresent() ? Double.toString(value.getAsDouble()) : "";
  }

  private static String text(Optional<Boolean> value) {
    return value.map(String::valueOf).orElse("");
  }

  private static void appendRow(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(cells.get(i)));
    }
    out.append('\n');
  }

  /** Quotes a cell when it holds a comma, quote, line break or edge spaces (RFC 4180). */
  static String quote(String cell) {
    boolean needs = cell.contains(",") || cell.contains("\"") || cell.contains("\n")
        || cell.contains("\r") || !cell.equals(cell.trim());
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
