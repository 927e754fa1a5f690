package org.smartpick.app.io.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.smartpick.engine.catalog.CatalogSpecialty;
import org.smartpick.engine.domain.SignalAllotment;
import org.smartpick.engine.domain.Specialty;

/**
 * Writes the specialty list (NRMP 2025 figures, catalog program counts, latest signals) as CSV or
 * as a JSON array. Blank/null means "not reported". O(specialties); thread-safe.
 */
public final class SpecialtyListWriter {
  /** CSV columns, in order. */
  public static final List<String> COLUMNS = List.of("specialty", "catalog_specialty",
      "catalog_programs", "nrmp_programs", "nrmp_positions", "nrmp_applicants",
      "applicants_per_position", "matched_step2_mean", "fill_rate", "signals_cycle",
      "signals_total", "signals_gold", "signals_silver");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SpecialtyListWriter() {
  }

  /** One row of cells per specialty, in {@link #COLUMNS} order; blanks for unknown values. */
  public static List<String> cells(CatalogSpecialty s) {
    Optional<Specialty> nrmp = s.nrmp();
    Optional<SignalAllotment> signals = s.latestSignals();
    List<String> cells = new ArrayList<>();
    cells.add(s.name());
    cells.add(s.catalogName().orElse(""));
    cells.add(Integer.toString(s.catalogPrograms()));
    cells.add(nrmp.map(n -> Integer.toString(n.nrmpPrograms())).orElse(""));
    cells.add(nrmp.map(n -> Integer.toString(n.nrmpPositions())).orElse(""));
    cells.add(nrmp.map(n -> Integer.toString(n.nrmpApplicants())).orElse(""));
    cells.add(nrmp.map(n -> String.format(Locale.ROOT, "%.2f", n.applicantsPerPosition()))
        .orElse(""));
    cells.add(nrmp.filter(n -> n.matchedStep2Mean().isPresent())
        .map(n -> Integer.toString(n.matchedStep2Mean().getAsInt())).orElse(""));
    cells.add(nrmp.filter(n -> n.fillRate().isPresent())
        .map(n -> String.format(Locale.ROOT, "%.3f", n.fillRate().getAsDouble())).orElse(""));
    cells.add(signals.map(SignalAllotment::cycle).orElse(""));
    cells.add(signals.map(a -> Integer.toString(a.total())).orElse(""));
    cells.add(signals.filter(a -> a.gold().isPresent())
        .map(a -> Integer.toString(a.gold().getAsInt())).orElse(""));
    cells.add(signals.filter(a -> a.silver().isPresent())
        .map(a -> Integer.toString(a.silver().getAsInt())).orElse(""));
    return cells;
  }

  /** CSV text with a header row. */
  public static String csv(List<CatalogSpecialty> specialties) {
    StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
    for (CatalogSpecialty s : specialties) {
      List<String> cells = cells(s);
      for (int i = 0; i < cells.size(); i++) {
        out.append(i == 0 ? "" : ",").append(ProgramCsvWriter.quote(cells.get(i)));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static void putNrmp(ObjectNode nrmp, Specialty n) {
    nrmp.put("programs", n.nrmpPrograms());
    nrmp.put("positions", n.nrmpPositions());
    nrmp.put("applicants", n.nrmpApplicants());
    nrmp.put("applicantsPerPosition", Math.round(n.applicantsPerPosition() * 100) / 100.0);
    if (n.matchedStep2Mean().isPresent()) {
      nrmp.put("matchedStep2Mean", n.matchedStep2Mean().getAsInt());
    } else {
      nrmp.putNull("matchedStep2Mean");
    }
    if (n.fillRate().isPresent()) {
      nrmp.put("fillRate", n.fillRate().getAsDouble());
    } else {
      nrmp.putNull("fillRate");
    }
  }

  /** Pretty-printed JSON array; every allotment per cycle is listed under "signals". */
  public static String json(List<CatalogSpecialty> specialties) {
    ArrayNode array = MAPPER.createArrayNode();
    for (CatalogSpecialty s : specialties) {
      ObjectNode node = array.addObject();
      node.put("specialty", s.name());
      node.put("catalogSpecialty", s.catalogName().orElse(null));
      node.put("catalogPrograms", s.catalogPrograms());
      if (s.nrmp().isPresent()) {
        putNrmp(node.putObject("nrmp2025"), s.nrmp().get());
      } else {
        node.putNull("nrmp2025");
      }
      ArrayNode signals = node.putArray("signals");
      for (SignalAllotment a : s.signals()) {
        ObjectNode signal = signals.addObject();
        signal.put("cycle", a.cycle());
        signal.put("total", a.total());
        a.gold().ifPresent(g -> signal.put("gold", g));
        a.silver().ifPresent(v -> signal.put("silver", v));
        signal.put("reliability", a.reliability());
        signal.put("source", a.source());
      }
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
