package org.smartpick.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.smartpick.app.io.catalog.ImportSummary;
import org.smartpick.app.io.catalog.ImportedProgramStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code smartpick import programs FILE.csv}: merges a program file over the catalog by ACGME id,
 * all or nothing; {@code --reset} removes every program import.
 */
@Command(name = "programs", mixinStandardHelpOptions = true,
    description = {"Merge an authoritative program CSV over the bundled list by ACGME id.",
        "Columns: acgme_id (required), name, specialty, city, state, latitude, longitude,",
        "positions, median_step2, pct_img, pct_do, visa_sponsorship, accepts_signals,",
        "interviews_held, academic, source. See docs/catalog.md."})
final class ImportProgramsCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Mixin
  private DataDirOption data;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "The CSV file to import.")
  private Path file;

  @Option(names = "--reset", description = "Remove all imported program values.")
  private boolean reset;

  @Override
  public void run() {
    if (reset == (file != null)) {
      throw new BadInputException("give either a FILE to import or --reset, not "
          + (reset ? "both" : "neither"));
    }
    ImportedProgramStore store = data.programStore();
    PrintWriter out = spec.commandLine().getOut();
    if (reset) {
      out.println(store.reset() ? "Removed the program imports in " + store.file() + "."
          : "No program imports to remove in " + data.directory().root() + ".");
      return;
    }
    ImportSummary summary = store.importFile(file);
    out.printf("Imported %s: %d rows, %d programs updated, %d added, %d unchanged.%n", file,
        summary.rows(), summary.updatedPrograms(), summary.newPrograms(), summary.unchangedRows());
    if (summary.updatedPrograms() + summary.newPrograms() > 0) {
      out.println("Saved in " + store.file() + ".");
    }
  }
}
