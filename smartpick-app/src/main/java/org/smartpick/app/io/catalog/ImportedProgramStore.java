package org.smartpick.app.io.catalog;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartpick.app.store.DataDirectory;
import org.smartpick.engine.catalog.CsvTable;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.catalog.ProgramUpdate;
import org.smartpick.engine.domain.Program;

/**
 * The user's imported program values, kept as sparse import rows in
 * {@value #FILE_NAME} in the data directory and laid over the bundled catalog. An import is all or
 * nothing: the file is checked in full, merged in memory, checked again as a whole catalog and only
 * then written atomically.
 *
 * <p>Not synchronised: one SmartPick process per data directory at a time.
 */
public final class ImportedProgramStore {
  /** The file in the data directory holding imported values. */
  public static final String FILE_NAME = "programs-imported.csv";

  private final DataDirectory directory;
  private final Clock clock;

  public ImportedProgramStore(DataDirectory directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  /** The bundled catalog with the stored imports laid over it. */
  public ProgramCatalog catalog() {
    return ProgramCatalog.bundled().withUpdates(storedUpdates());
  }

  /** The stored imports, in file order (empty when nothing was imported). */
  public List<ProgramUpdate> storedUpdates() {
    Optional<Path> file = directory.existing(FILE_NAME);
    if (file.isEmpty()) {
      return List.of();
    }
    return ProgramCsvReader.read(readTable(file.get()), ProgramCatalog.bundled(), "imported");
  }

  /**
   * Imports a program file over the current catalog.
   *
   * @throws CatalogImportException listing every problem; nothing is written then
   */
  public ImportSummary importFile(Path file) {
    ProgramCatalog current = catalog();
    CsvTable table = readTable(file);
    String defaultSource = "import of " + file.getFileName() + " on " + LocalDate.now(clock);
    List<ProgramUpdate> rows = ProgramCsvReader.read(table, current, defaultSource);

    Map<String, ProgramUpdate> stored = new LinkedHashMap<>();
    storedUpdates().forEach(u -> stored.put(u.acgmeId(), u));
    int updated = 0;
    int added = 0;
    for (ProgramUpdate row : rows) {
      Optional<Program> existing = current.program(row.acgmeId());
      ProgramUpdate change = existing.map(row::minus).orElse(row);
      if (change.isEmpty()) {
        continue;
      }
      if (existing.isPresent()) {
        updated++;
      } else {
        added++;
      }
      stored.merge(change.acgmeId(), change, ProgramUpdate::overlaidWith);
    }
    if (updated + added > 0) {
      List<ProgramUpdate> merged = new ArrayList<>(stored.values());
      try {
        ProgramCatalog.bundled().withUpdates(merged);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": " + e.getMessage() + "; nothing was imported",
            e);
      }
      write(ProgramCsvWriter.writeUpdates(merged));
    }
    return new ImportSummary(rows.size(), updated, added, rows.size() - updated - added);
  }

  /** Removes every import; returns whether there was any. */
  public boolean reset() {
    try {
      return directory.delete(FILE_NAME);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + directory.file(FILE_NAME), e);
    }
  }

  /** Where the imports are stored. */
  public Path file() {
    return directory.file(FILE_NAME);
  }

  private void write(String text) {
    try {
      directory.writeAtomically(FILE_NAME, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + directory.file(FILE_NAME), e);
    }
  }

  private static CsvTable readTable(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CsvTable.read(file.toString(), reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
