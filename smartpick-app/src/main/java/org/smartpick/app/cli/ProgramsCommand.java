package org.smartpick.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.smartpick.app.io.catalog.ProgramCsvWriter;
import org.smartpick.app.io.catalog.ProgramJsonWriter;
import org.smartpick.app.io.catalog.Provenances;
import org.smartpick.app.service.InvalidInputException;
import org.smartpick.app.service.ProgramSearchRequest;
import org.smartpick.app.service.ProgramSearchResult;
import org.smartpick.app.service.ProgramSearchService;
import org.smartpick.engine.catalog.ProgramHit;
import org.smartpick.engine.catalog.ProgramSort;
import org.smartpick.engine.domain.Program;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code smartpick programs}: search the program catalog (bundled list plus the user's imports). */
@Command(name = "programs", mixinStandardHelpOptions = true,
    description = {"Search the residency program catalog (bundled ACGME list plus your imports).",
        "Estimated values are marked with * (table) or flagged (csv blank, json *Estimated)."})
final class ProgramsCommand implements Runnable {
  // The option of each field a search request names in its errors.
  private static final Map<String, String> OPTIONS = Map.of("specialty", "--specialty",
      "state", "--state", "near", "--near", "within", "--within", "minPositions",
      "--min-positions", "sort", "--sort", "limit", "--limit");

  @Spec
  private CommandSpec spec;

  @Mixin
  private DataDirOption data;

  @Option(names = "--specialty", paramLabel = "NAME",
      description = "NRMP or catalog specialty name, any case, e.g. \"Orthopaedic Surgery\".")
  private String specialty;

  @Option(names = "--state", paramLabel = "ST", description = "Two-letter state code, e.g. TX.")
  private String state;

  @Option(names = "--near", paramLabel = "\"City, ST\"",
      description = "Measure distances from this catalog city, e.g. \"Dallas, TX\".")
  private String near;

  @Option(names = "--within", paramLabel = "DISTANCE", converter = WithinConverter.class,
      description = "Only programs this close to --near: 200mi, 300km (a bare number is miles).")
  private Double withinMiles;

  @Option(names = "--min-positions", paramLabel = "N",
      description = "Only programs with at least N positions (estimated ones count).")
  private Integer minPositions;

  @Option(names = "--sort", paramLabel = "ORDER",
      description = "name, distance, positions or state (default: distance with --near, else name).")
  private ProgramSort sort;

  @Option(names = "--limit", paramLabel = "N", description = "Show at most N programs.")
  private Integer limit;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv (the import format) or json (default: ${DEFAULT-VALUE}).")
  private OutputFormat format;

  @Override
  public void run() {
    ProgramSearchRequest request = new ProgramSearchRequest(Optional.ofNullable(specialty),
        Optional.ofNullable(state), Optional.ofNullable(near),
        withinMiles == null ? OptionalDouble.empty() : OptionalDouble.of(withinMiles),
        minPositions == null ? OptionalInt.empty() : OptionalInt.of(minPositions),
        Optional.ofNullable(sort), limit == null ? OptionalInt.empty() : OptionalInt.of(limit));
    ProgramSearchResult result;
    try {
      result = new ProgramSearchService(data.programStore()::catalog).search(request);
    } catch (InvalidInputException e) {
      throw new BadInputException(OPTIONS.get(e.field()) + ": " + e.detail(), e);
    }
    List<ProgramHit> hits = result.hits();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case CSV -> out.print(ProgramCsvWriter.write(hits.stream().map(ProgramHit::program).toList()));
      case JSON -> out.println(ProgramJsonWriter.write(hits, result.catalog()));
      case TABLE -> out.print(table(hits, result.withDistance()));
    }
    out.flush();
  }

  private String table(List<ProgramHit> hits, boolean withDistance) {
    List<String> headers = new ArrayList<>(List.of("ACGME id", "Program", "Specialty", "City",
        "St", "Positions", "Type"));
    List<Boolean> right = new ArrayList<>(List.of(false, false, false, false, false, true, false));
    List<Integer> widths = new ArrayList<>(List.of(10, 48, 24, 20, 2, 9, 10));
    if (withDistance) {
      headers.add("Miles");
      right.add(true);
      widths.add(7);
    }
    boolean[] rightAligned = new boolean[right.size()];
    for (int i = 0; i < rightAligned.length; i++) {
      rightAligned[i] = right.get(i);
    }
    TextTable table = new TextTable(headers, rightAligned,
        widths.stream().mapToInt(Integer::intValue).toArray());
    for (ProgramHit hit : hits) {
      Program p = hit.program();
      List<String> cells = new ArrayList<>(List.of(p.acgmeId(), p.name(), p.specialty(), p.city(),
          p.state().name(), positions(p),
          (p.academic() ? "academic" : "community") + (p.academicEstimated() ? "*" : "")));
      hit.distanceMiles().ifPresent(d -> cells.add(String.format(Locale.ROOT, "%.0f", d)));
      table.add(cells);
    }
    return table.render() + hits.size() + (hits.size() == 1 ? " program" : " programs") + ".\n"
        + "Programs: " + Provenances.PROGRAM_LIST + ".\n"
        + "* Positions " + Provenances.POSITIONS_ESTIMATE + "; '-' unknown (specialty outside the"
        + " NRMP 2025 figures).\n"
        + "* Type " + Provenances.ACADEMIC_ESTIMATE + ".\n";
  }

  private static String positions(Program p) {
    if (p.positions().isEmpty()) {
      return "-";
    }
    return p.positions().getAsInt() + (p.positionsEstimated() ? "*" : "");
  }
}
