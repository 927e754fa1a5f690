package org.smartpick.app.cli;

import java.io.PrintWriter;
import java.util.List;
import org.smartpick.app.io.catalog.Provenances;
import org.smartpick.app.io.catalog.SpecialtyListWriter;
import org.smartpick.engine.catalog.CatalogSpecialty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code smartpick specialties}: NRMP 2025 figures, signals and catalog counts per specialty. */
@Command(name = "specialties", mixinStandardHelpOptions = true,
    description = "List specialties with their NRMP 2025 figures, signals and catalog programs.")
final class SpecialtiesCommand implements Runnable {
  private static final List<String> HEADERS = List.of("Specialty", "Catalog name", "Catalog",
      "NRMP progs", "Positions", "Applicants", "Appl/pos", "Step 2", "Fill", "Cycle", "Signals",
      "Gold", "Silver");

  @Spec
  private CommandSpec spec;

  @Mixin
  private DataDirOption data;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  private OutputFormat format;

  @Override
  public void run() {
    List<CatalogSpecialty> specialties = data.programStore().catalog().specialties();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case CSV -> out.print(SpecialtyListWriter.csv(specialties));
      case JSON -> out.println(SpecialtyListWriter.json(specialties));
      case TABLE -> out.print(table(specialties));
    }
    out.flush();
  }

  private static String table(List<CatalogSpecialty> specialties) {
    boolean[] right = {false, false, true, true, true, true, true, true, true, false, true, true,
        true};
    int[] widths = {32, 34, 7, 10, 9, 10, 8, 6, 5, 7, 7, 4, 6};
    TextTable table = new TextTable(HEADERS, right, widths);
    for (CatalogSpecialty s : specialties) {
      List<String> cells = new java.util.ArrayList<>(SpecialtyListWriter.cells(s));
      for (int i = 0; i < cells.size(); i++) {
        if (cells.get(i).isEmpty()) {
          cells.set(i, "-");
        }
      }
      table.add(cells);
    }
    return table.render()
        + "'-': not reported. Catalog: programs in the " + Provenances.PROGRAM_LIST + ".\n"
        + "Sources: " + Provenances.SPECIALTY_FIGURES + ".\n"
        + "Signals: the latest cycle known; --format json lists every cycle with its source.\n";
  }
}
