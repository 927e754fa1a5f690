package org.smartpick.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.domain.Program;
import org.smartpick.engine.domain.Provenance;
import org.smartpick.engine.domain.Specialty;
import org.smartpick.engine.domain.UsState;

/** Checks the bundled data files against each other and against the facts they claim. */
class BundledCatalogConsistencyTest {
  private final ProgramCatalog catalog = ProgramCatalog.bundled();

  @Test
  void catalogHasEveryRowOfTheProgramFile() {
    assertThat(catalog.programs()).hasSize(BundledData.table("programs.csv").rows().size())
        .hasSize(5656);
  }

  @Test
  void acgmeIdsAreUniqueAndTenDigits() {
    Set<String> seen = new HashSet<>();
    for (CsvTable.Row row : BundledData.table("programs.csv").rows()) {
      String id = row.get("acgme_id");
      assertThat(id).as("line %d", row.line()).matches("\\d{10}");
      assertThat(seen.add(id)).as("duplicate id %s on line %d", id, row.line()).isTrue();
    }
  }

  @Test
  void everyStateInTheFileIsAUsStateOrTerritoryCode() {
    for (CsvTable.Row row : BundledData.table("programs.csv").rows()) {
      assertThat(UsState.fromCode(row.get("state"))).as("line %d", row.line()).isPresent();
    }
  }

  @Test
  void everyCoordinateLiesInsideTheUnitedStatesIncludingAlaskaHawaiiAndPuertoRico() {
    for (Program p : catalog.programs()) {
      assertThat(p.location().insideUnitedStates()).as("%s %s", p.acgmeId(), p.location()).isTrue();
    }
    assertThat(catalog.programs()).extracting(Program::state)
        .contains(UsState.AK, UsState.HI, UsState.PR);
  }

  @Test
  void everyProgramSpecialtyIsACatalogSpecialty() {
    for (Program p : catalog.programs()) {
      assertThat(catalog.specialty(p.specialty())).as(p.acgmeId()).isPresent()
          .get().extracting(s -> s.catalogName().orElseThrow()).isEqualTo(p.specialty());
    }
  }

  @Test
  void everyNrmpCatalogNameExistsInTheProgramFile() {
    Set<String> programSpecialties = catalog.programs().stream().map(Program::specialty)
        .collect(Collectors.toSet());
    for (Specialty s : BundledData.specialties()) {
      s.catalogName().ifPresent(name -> assertThat(programSpecialties).as(s.name()).contains(name));
    }
  }

  @Test
  void estimatedPositionsSumExactlyToNrmpTotalsPerSpecialty() {
    int checked = 0;
    for (CatalogSpecialty specialty : catalog.specialties()) {
      if (specialty.nrmp().isEmpty() || specialty.catalogPrograms() == 0) {
        continue;
      }
      List<Program> programs = catalog.programsIn(specialty);
      assertThat(programs).allSatisfy(p -> {
        assertThat(p.positionsProvenance()).isEqualTo(Provenance.ESTIMATED);
        assertThat(p.positions().getAsInt()).isPositive();
      });
      assertThat(programs.stream().mapToInt(p -> p.positions().getAsInt()).sum())
          .as(specialty.name()).isEqualTo(specialty.nrmp().get().nrmpPositions());
      checked++;
    }
    assertThat(checked).isEqualTo(23);
  }

  @Test
  void specialtiesOutsideTheNrmpFileHaveUnknownPositionsNotInventedOnes() {
    CatalogSpecialty urology = catalog.requireSpecialty("Urology");
    assertThat(urology.nrmp()).isEmpty();
    assertThat(catalog.programsIn(urology)).hasSize(152).allSatisfy(p -> {
      assertThat(p.positions()).isEmpty();
      assertThat(p.positionsProvenance()).isEqualTo(Provenance.UNKNOWN);
    });
  }

  @Test
  void signalsMappingCoversEveryNameInTheSignalsFileAndPointsAtKnownSpecialties() {
    assertThat(SignalSpecialtyNames.signalNames())
        .containsExactlyInAnyOrderElementsOf(BundledData.signals().keySet());
    for (String name : SignalSpecialtyNames.signalNames()) {
      for (String target : SignalSpecialtyNames.targets(name)) {
        assertThat(catalog.specialty(target)).as("%s -> %s", name, target).isPresent();
      }
    }
  }

  @Test
  void signalsArriveAtTheSpecialtiesWhoseNamesDiffer() {
    assertThat(catalog.requireSpecialty("Ob Gyn").latestSignals()).get()
        .satisfies(s -> assertThat(s.total()).isEqualTo(18));
    assertThat(catalog.requireSpecialty("Surgery").signals()).hasSize(1)
        .allSatisfy(s -> assertThat(s.total()).isEqualTo(15));
    assertThat(catalog.requireSpecialty("Interventional Radiology Integrated").signals())
        .isEqualTo(catalog.requireSpecialty("Diagnostic Radiology").signals()).hasSize(1);
    assertThat(catalog.requireSpecialty("Urology").latestSignals()).get()
        .satisfies(s -> assertThat(s.cycle()).isEqualTo("2025-26"));
    assertThat(catalog.requireSpecialty("Dermatology").signals().get(0).gold()).hasValue(3);
  }

  @Test
  void everySpecialtyHasACatalogCountEqualToItsPrograms() {
    int total = catalog.specialties().stream().mapToInt(CatalogSpecialty::catalogPrograms).sum();
    assertThat(total).isEqualTo(catalog.programs().size());
    assertThat(catalog.specialties()).extracting(CatalogSpecialty::name).doesNotHaveDuplicates();
  }

  @Test
  void academicFlagIsEstimatedFromTheNameForEveryBundledProgram() {
    assertThat(catalog.programs()).allSatisfy(p -> {
      assertThat(p.academicEstimated()).isTrue();
      assertThat(p.academic()).isEqualTo(AcademicClassifier.looksAcademic(p.name()));
    });
    long academic = catalog.programs().stream().filter(Program::academic).count();
    assertThat(academic).isBetween(2500L, 3800L);
  }
}
