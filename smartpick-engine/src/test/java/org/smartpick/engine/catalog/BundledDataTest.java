package org.smartpick.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.smartpick.engine.domain.Specialty;
import org.junit.jupiter.api.Test;

class BundledDataTest {

  @Test
  void specialtiesMatchPublishedNationalTotalsWithinSpecialtyCoverage() {
    List<Specialty> specialties = BundledData.specialties();
    assertThat(specialties).extracting(Specialty::name)
        .contains("Orthopaedic Surgery", "Internal Medicine (Categorical)", "Dermatology")
        .doesNotHaveDuplicates();
    int positions = specialties.stream().mapToInt(Specialty::nrmpPositions).sum();
    // The bundled file covers the large specialties only; NRMP 2025 had 43,237 positions in all.
    assertThat(positions).isBetween(35_000, 43_237);
  }

  @Test
  void orthopaedicsFiguresAreThoseOfNrmp2025() {
    Specialty ortho = BundledData.specialties().stream()
        .filter(s -> s.name().equals("Orthopaedic Surgery")).findFirst().orElseThrow();
    assertThat(ortho.nrmpPrograms()).isEqualTo(216);
    assertThat(ortho.nrmpPositions()).isEqualTo(929);
    assertThat(ortho.catalogName()).contains("Orthopaedic Surgery");
    assertThat(ortho.matchedStep2Mean()).hasValue(255);
  }
}
