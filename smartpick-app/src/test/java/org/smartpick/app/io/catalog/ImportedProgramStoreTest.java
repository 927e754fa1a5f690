package org.smartpick.app.io.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.app.store.DataDirectory;
import org.smartpick.engine.catalog.CsvFormatException;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.domain.Program;
import org.smartpick.engine.domain.Provenance;

class ImportedProgramStoreTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T12:00:00Z"),
      ZoneOffset.UTC);

  @TempDir
  Path temp;
  private ImportedProgramStore store;
  private List<Program> ortho;

  @BeforeEach
  void setUp() {
    store = new ImportedProgramStore(new DataDirectory(temp.resolve("data")), CLOCK);
    ProgramCatalog bundled = ProgramCatalog.bundled();
    ortho = bundled.programsIn(bundled.requireSpecialty("Orthopaedic Surgery"));
  }

  private Path csv(String name, String... lines) throws Exception {
    Path file = temp.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  @Test
  void importedPositionsReplaceTheEstimateAndRecordTheirSource() throws Exception {
    String id = ortho.get(0).acgmeId();
    ImportSummary summary = store.importFile(csv("ortho.csv", "acgme_id,positions,visa_sponsorship",
        id + ",7,yes"));
    assertThat(summary).isEqualTo(new ImportSummary(1, 1, 0, 0));
    Program program = store.catalog().program(id).orElseThrow();
    assertThat(program.positions()).hasValue(7);
    assertThat(program.positionsProvenance()).isEqualTo(Provenance.IMPORTED);
    assertThat(program.facts().visaSponsorship()).contains(true);
    assertThat(program.importSource()).contains("import of ortho.csv on 2025-06-30");
    assertThat(store.catalog().programsIn(store.catalog().requireSpecialty("Orthopaedic Surgery"))
        .stream().mapToInt(p -> p.positions().getAsInt()).sum()).isEqualTo(929);
  }

  @Test
  void everyProblemIsReportedAtOnceWithLineColumnFieldAndValue() throws Exception {
    String known = ortho.get(0).acgmeId();
    Path file = csv("bad.csv",
        "acgme_id,name,specialty,city,state,latitude,longitude,positions,pct_img,academic",
        known + ",,,,XX,,,-3,,",
        "12345,,,,,,,,,",
        known + ",,Orthopedics,,,,,,150,maybe",
        "9999999999,New Program,,Austin,TX,30.2,,,,");
    CatalogImportException error = catchThrowableOfType(CatalogImportException.class,
        () -> store.importFile(file));
    assertThat(error.problems())
        .extracting(CsvFormatException::line, CsvFormatException::column,
            CsvFormatException::field, CsvFormatException::value)
        .contains(
            tuple(2, 5, "state", "XX"),
            tuple(2, 8, "positions", "-3"),
            tuple(3, 1, "acgme_id", "12345"),
            tuple(4, 3, "specialty", "Orthopedics"),
            tuple(4, 9, "pct_img", "150"),
            tuple(4, 10, "academic", "maybe"),
            tuple(4, 1, "acgme_id", known),
            tuple(5, 3, "specialty", ""),
            tuple(5, 7, "longitude", ""));
    assertThat(error.getMessage()).startsWith(error.problems().size() + " problems in ")
        .contains("nothing was imported").contains("line 4, column 10, field 'academic', value 'maybe'");
    assertThat(store.file()).doesNotExist();
  }

  @Test
  void aFileWithOneBadRowChangesNothingEvenWhenOtherRowsAreValid() throws Exception {
    store.importFile(csv("first.csv", "acgme_id,positions", ortho.get(0).acgmeId() + ",4"));
    byte[] before = Files.readAllBytes(store.file());
    Path mixed = csv("mixed.csv", "acgme_id,positions",
        ortho.get(1).acgmeId() + ",5", ortho.get(2).acgmeId() + ",five");
    assertThatThrownBy(() -> store.importFile(mixed)).isInstanceOf(CatalogImportException.class)
        .hasMessageContaining("line 3, column 2, field 'positions', value 'five'");
    assertThat(Files.readAllBytes(store.file())).isEqualTo(before);
    assertThat(store.catalog().program(ortho.get(1).acgmeId()).orElseThrow().positionsEstimated())
        .isTrue();
  }

  @Test
  void unknownColumnsAreRejectedNamingThem() throws Exception {
    assertThatThrownBy(() -> store.importFile(csv("typo.csv", "acgme_id,postions",
        ortho.get(0).acgmeId() + ",4")))
        .hasMessageContaining("line 1, column 2, field 'postions': unknown column");
  }

  @Test
  void exportThenReimportChangesNothing() throws Exception {
    SplittableRandom random = new SplittableRandom(99L);
    StringBuilder rows = new StringBuilder("acgme_id,positions,median_step2,academic,pct_do\n");
    for (Program p : ortho.subList(0, 40)) {
      rows.append(p.acgmeId()).append(',').append(1 + random.nextInt(9)).append(',')
          .append(230 + random.nextInt(30)).append(',').append(random.nextBoolean()).append(',')
          .append(random.nextInt(1000) / 10.0).append('\n');
    }
    Files.writeString(temp.resolve("random.csv"), rows);
    assertThat(store.importFile(temp.resolve("random.csv")).updatedPrograms()).isEqualTo(40);
    store.importFile(csv("new.csv", "acgme_id,name,specialty,city,state,latitude,longitude",
        "9999999999,Test Orthopaedic Program,Orthopaedic Surgery,Austin,TX,30.27,-97.74"));
    ProgramCatalog before = store.catalog();
    byte[] storedBefore = Files.readAllBytes(store.file());

    Path export = temp.resolve("export.csv");
    Files.writeString(export, ProgramCsvWriter.write(before.programs()));
    ImportSummary summary = store.importFile(export);

    assertThat(summary.updatedPrograms() + summary.newPrograms()).isZero();
    assertThat(summary.unchangedRows()).isEqualTo(before.programs().size());
    assertThat(Files.readAllBytes(store.file())).isEqualTo(storedBefore);
    assertThat(store.catalog().programs()).isEqualTo(before.programs());
    assertThat(ProgramCsvWriter.write(store.catalog().programs()))
        .isEqualTo(Files.readString(export));
  }

  @Test
  void resetRemovesEveryImport() throws Exception {
    store.importFile(csv("one.csv", "acgme_id,positions", ortho.get(0).acgmeId() + ",4"));
    assertThat(store.reset()).isTrue();
    assertThat(store.catalog().programs()).isEqualTo(ProgramCatalog.bundled().programs());
    assertThat(store.reset()).isFalse();
  }
}
