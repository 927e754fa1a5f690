package org.smartpick.engine.match.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.match.Track;

class SyntheticMarketSpecTest {
  private static final List<SyntheticSpecialty> TWO = List.of(
      new SyntheticSpecialty("Alpha", Track.CATEGORICAL, 3, 10, 12, 0.0),
      new SyntheticSpecialty("Prelim", Track.PGY1, 2, 4, 2, 0.0));

  @Test
  void nationalSpecReproducesNrmp2025Totals() {
    SyntheticMarketSpec spec = SyntheticMarketSpec.national(1200);
    // calibration-targets.csv T02, T03, T04
    assertThat(spec.totalApplicants()).isEqualTo(47_208);
    assertThat(spec.totalPrograms()).isEqualTo(6_626);
    assertThat(spec.totalPositions()).isEqualTo(43_237);
    assertThat(spec.couples()).isEqualTo(1200);
    assertThat(spec.specialties()).extracting(SyntheticSpecialty::name)
        .contains(NationalMarket.REMAINDER, "Internal Medicine (Categorical)");
  }

  @Test
  void nationalSpecOffersAboutAsManyAdvancedPositionsAsNrmpPgy2Positions() {
    SyntheticMarketSpec spec = SyntheticMarketSpec.national(0);
    double advancedPositions = spec.specialties().stream()
        .mapToDouble(s -> s.advancedShare() * s.positions()).sum();
    // T04 - T05 = 43,237 - 40,041 = 3,196 PGY-2 positions
    assertThat(advancedPositions).isCloseTo(3_196, org.assertj.core.data.Offset.offset(1.0));
    assertThat(spec.specialties()).filteredOn(s -> s.track() == Track.PGY1)
        .extracting(SyntheticSpecialty::name).hasSize(3)
        .allMatch(name -> name.contains("(PGY-1 Only)"));
  }

  @Test
  void withSeedChangesOnlyTheSeed() {
    SyntheticMarketSpec spec = SyntheticMarketSpec.builder(TWO).couples(2).regions(3).build();
    SyntheticMarketSpec reseeded = spec.withSeed(99);
    assertThat(reseeded.seed()).isEqualTo(99);
    assertThat(reseeded.toBuilder().seed(spec.seed()).build()).isEqualTo(spec);
  }

  @Test
  void rejectsBadSpecValuesNamingFieldAndValue() {
    assertThatThrownBy(() -> SyntheticMarketSpec.builder(TWO).couples(-1).build())
        .hasMessage("couples must be 0 or more, was -1");
    assertThatThrownBy(() -> SyntheticMarketSpec.builder(TWO).couples(8).build())
        .hasMessage("couples (8) need 16 applicants but the specialties have only 14");
    assertThatThrownBy(() -> SyntheticMarketSpec.builder(TWO).meanApplicantListLength(0.5).build())
        .hasMessage("meanApplicantListLength must be in [1.0, 100.0], was 0.5");
    assertThatThrownBy(() -> SyntheticMarketSpec.builder(TWO).programListPerPosition(Double.NaN).build())
        .hasMessage("programListPerPosition must be in [1.0, 100.0], was NaN");
    assertThatThrownBy(() -> SyntheticMarketSpec.builder(TWO).backupShare(1.5).build())
        .hasMessage("backupShare must be in [0.0, 1.0], was 1.5");
    assertThatThrownBy(() -> SyntheticMarketSpec.builder(TWO).supplementalShare(-0.1).build())
        .hasMessage("supplementalShare must be in [0.0, 1.0], was -0.1");
    assertThatThrownBy(() -> SyntheticMarketSpec.builder(TWO).reversionShare(0.7).build())
        .hasMessage("reversionShare must be in [0.0, 0.5], was 0.7");
    assertThatThrownBy(() -> SyntheticMarketSpec.builder(TWO).regions(0).build())
        .hasMessage("regions must be in [1, 100], was 0");
    assertThatThrownBy(() -> SyntheticMarketSpec.builder(List.of()).build())
        .hasMessage("specialties must not be empty");
    assertThatThrownBy(() -> SyntheticMarketSpec.builder(List.of(TWO.get(0), TWO.get(0))).build())
        .hasMessage("specialties: duplicate name 'Alpha'");
  }

  @Test
  void rejectsBadSpecialtyValuesNamingSpecialtyFieldAndValue() {
    assertThatThrownBy(() -> new SyntheticSpecialty("X", Track.CATEGORICAL, 0, 5, 5, 0))
        .hasMessage("specialty 'X': programs must be at least 1, was 0");
    assertThatThrownBy(() -> new SyntheticSpecialty("X", Track.CATEGORICAL, 4, 3, 5, 0))
        .hasMessage("specialty 'X': positions must be at least programs (4), was 3");
    assertThatThrownBy(() -> new SyntheticSpecialty("X", Track.CATEGORICAL, 1, 3, -2, 0))
        .hasMessage("specialty 'X': applicants must be 0 or more, was -2");
    assertThatThrownBy(() -> new SyntheticSpecialty("X", Track.CATEGORICAL, 1, 3, 2, 1.2))
        .hasMessage("specialty 'X': advancedShare must be in [0, 1], was 1.2");
    assertThatThrownBy(() -> new SyntheticSpecialty("X", Track.PGY1, 1, 3, 2, 0.5))
        .hasMessage("specialty 'X': a PGY1 specialty cannot offer advanced programs, advancedShare was 0.5");
    assertThatThrownBy(() -> new SyntheticSpecialty("X", Track.ADVANCED, 1, 3, 2, 0))
        .hasMessageContaining("track must be CATEGORICAL or PGY1");
    assertThatThrownBy(() -> new SyntheticSpecialty(" ", Track.CATEGORICAL, 1, 3, 2, 0))
        .hasMessage("specialty name must not be blank");
  }
}
