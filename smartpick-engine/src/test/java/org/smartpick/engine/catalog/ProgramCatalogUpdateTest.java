package org.smartpick.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.domain.GeoPoint;
import org.smartpick.engine.domain.Program;
import org.smartpick.engine.domain.ProgramFacts;
import org.smartpick.engine.domain.Provenance;
import org.smartpick.engine.domain.UsState;

class ProgramCatalogUpdateTest {
  private final ProgramCatalog bundled = ProgramCatalog.bundled();

  private static ProgramUpdate positionsOnly(String id, int positions) {
    return new ProgramUpdate(id, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), OptionalInt.of(positions), Optional.empty(),
        ProgramFacts.NONE, "test file");
  }

  private static int sumOf(ProgramCatalog catalog, String specialty) {
    return catalog.programsIn(catalog.requireSpecialty(specialty)).stream()
        .mapToInt(p -> p.positions().getAsInt()).sum();
  }

  @Test
  void importedPositionsReplaceTheEstimateAndTheRestStillSumToTheNrmpTotal() {
    List<Program> ortho = bundled.programsIn(bundled.requireSpecialty("Orthopaedic Surgery"));
    String first = ortho.get(0).acgmeId();
    String second = ortho.get(1).acgmeId();
    ProgramCatalog updated = bundled.withUpdates(List.of(positionsOnly(first, 12),
        positionsOnly(second, 2)));

    Program imported = updated.program(first).orElseThrow();
    assertThat(imported.positions()).hasValue(12);
    assertThat(imported.positionsEstimated()).isFalse();
    assertThat(imported.positionsProvenance()).isEqualTo(Provenance.IMPORTED);
    assertThat(imported.importSource()).contains("test file");
    assertThat(sumOf(updated, "Orthopaedic Surgery")).isEqualTo(929);
    assertThat(updated.programs()).hasSameSizeAs(bundled.programs());
  }

  @Test
  void newProgramWithEveryIdentifyingFieldIsAddedAndGetsAnEstimate() {
    ProgramUpdate added = new ProgramUpdate("9999999999", Optional.of("Test University Program"),
        Optional.of("Dermatology"), Optional.of("Austin"), Optional.of(UsState.TX),
        Optional.of(new GeoPoint(30.27, -97.74)), OptionalInt.empty(), Optional.empty(),
        ProgramFacts.NONE, "test file");
    ProgramCatalog updated = bundled.withUpdates(List.of(added));
    Program program = updated.program("9999999999").orElseThrow();
    assertThat(program.academic()).isTrue();
    assertThat(program.academicEstimated()).isTrue();
    assertThat(program.positionsEstimated()).isTrue();
    assertThat(sumOf(updated, "Dermatology")).isEqualTo(554);
    assertThat(updated.requireSpecialty("Dermatology").catalogPrograms()).isEqualTo(146);
  }

  @Test
  void newProgramWithoutIdentifyingFieldsIsRejected() {
    assertThatThrownBy(() -> bundled.withUpdates(List.of(positionsOnly("9999999998", 4))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("9999999998").hasMessageContaining("needs name, specialty");
  }

  @Test
  void updateToAnUnknownCatalogSpecialtyIsRejected() {
    String id = bundled.programs().get(0).acgmeId();
    ProgramUpdate moved = new ProgramUpdate(id, Optional.empty(), Optional.of("Cardiology"),
        Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
        Optional.empty(), ProgramFacts.NONE, "test file");
    assertThatThrownBy(() -> bundled.withUpdates(List.of(moved)))
        .hasMessageContaining("'Cardiology' is not a catalog specialty");
  }

  @Test
  void updateEqualToThePublishedValuesIsEmptyAfterSubtraction() {
    Program program = bundled.programs().get(42);
    ProgramUpdate same = new ProgramUpdate(program.acgmeId(), Optional.of(program.name()),
        Optional.of(program.specialty()), Optional.of(program.city()), Optional.of(program.state()),
        Optional.of(program.location()), OptionalInt.empty(), Optional.empty(), ProgramFacts.NONE,
        "export");
    assertThat(same.minus(program).isEmpty()).isTrue();
    ProgramUpdate estimateConfirmed = positionsOnly(program.acgmeId(),
        program.positions().getAsInt());
    assertThat(estimateConfirmed.minus(program).isEmpty()).as("an estimate made authoritative")
        .isFalse();
  }

  @Test
  void importedFactsAndAcademicFlagAreKeptWithTheirProvenance() {
    Program program = bundled.programs().get(7);
    ProgramFacts facts = new ProgramFacts(OptionalInt.of(250), OptionalDouble.of(12.5),
        OptionalDouble.empty(), Optional.of(true), Optional.empty(), OptionalInt.of(80));
    ProgramUpdate update = new ProgramUpdate(program.acgmeId(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
        Optional.of(!program.academic()), facts, "society survey 2025");
    Program updated = bundled.withUpdates(List.of(update)).program(program.acgmeId()).orElseThrow();
    assertThat(updated.facts()).isEqualTo(facts);
    assertThat(updated.academic()).isEqualTo(!program.academic());
    assertThat(updated.academicEstimated()).isFalse();
    assertThat(updated.positionsEstimated()).isTrue();
  }

  @Test
  void randomImportsKeepPerSpecialtySumsAtTheNrmpTotalWhileTheyFit() {
    SplittableRandom random = new SplittableRandom(31337L);
    CatalogSpecialty surgery = bundled.requireSpecialty("Surgery (Categorical)");
    List<Program> programs = bundled.programsIn(surgery);
    for (int trial = 0; trial < 20; trial++) {
      List<ProgramUpdate> updates = new ArrayList<>();
      int importedSum = 0;
      for (Program p : programs) {
        if (random.nextInt(10) == 0) {
          int positions = 1 + random.nextInt(8);
          importedSum += positions;
          updates.add(positionsOnly(p.acgmeId(), positions));
        }
      }
      ProgramCatalog updated = bundled.withUpdates(updates);
      int open = programs.size() - updates.size();
      assertThat(importedSum + open).as("trial %d fits", trial).isLessThanOrEqualTo(1778);
      assertThat(sumOf(updated, "Surgery")).as("trial %d", trial).isEqualTo(1778);
      for (ProgramUpdate u : updates) {
        assertThat(updated.program(u.acgmeId()).orElseThrow().positions()).isEqualTo(u.positions());
      }
    }
  }
}
