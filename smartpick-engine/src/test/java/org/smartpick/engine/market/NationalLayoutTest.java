package org.smartpick.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.domain.Program;
import org.smartpick.engine.match.Track;

/** The national frame's structure: exact national totals, tracks, synthetic programs. */
class NationalLayoutTest {
  private static final MarketFrame FRAME = MarketFrame.of(MarketScope.national(),
      MarketParameters.defaults());
  private static final PublishedFigures FIGURES = PublishedFigures.bundled();

  private static int positions(Track... tracks) {
    int sum = 0;
    for (int j = 0; j < FRAME.programCount(); j++) {
      for (Track t : tracks) {
        sum += FRAME.track(j) == t ? FRAME.program(j).positions().getAsInt() : 0;
      }
    }
    return sum;
  }

  @Test
  void programsPositionsAndPgy1PositionsSumExactlyToTheNationalTotals() {
    assertThat(FRAME.programCount()).isEqualTo((int) FIGURES.target("T03"));
    assertThat(positions(Track.values())).isEqualTo((int) FIGURES.target("T04"));
    assertThat(positions(Track.CATEGORICAL, Track.PGY1)).isEqualTo((int) FIGURES.target("T05"));
    assertThat(FRAME.specialties().stream().mapToInt(SpecialtyFrame::positions).sum())
        .isEqualTo((int) FIGURES.target("T04"));
  }

  @Test
  void everyNrmpSpecialtyKeepsItsPublishedPositionsAndAdvancedSplit() {
    NationalTracks tracks = NationalTracks.bundled();
    for (SpecialtyFrame s : FRAME.specialties()) {
      int advanced = 0;
      for (int j = s.firstProgram(); j < s.endProgram(); j++) {
        advanced += FRAME.track(j) == Track.ADVANCED ? FRAME.program(j).positions().getAsInt() : 0;
        assertThat(FRAME.track(j) == Track.PGY1).isEqualTo(s.pgy1Only());
      }
      assertThat(advanced).as(s.name()).isEqualTo(s.advancedPositions());
      if (!s.name().equals(NationalLayout.RESIDUAL)) {
        assertThat(s.advancedPositions()).as(s.name()).isEqualTo(tracks.advancedPositions(s.name()));
        assertThat(s.positions()).as(s.name()).isEqualTo(ProgramCatalog.bundled()
            .requireSpecialty(s.name()).nrmp().orElseThrow().nrmpPositions());
      }
    }
    assertThat(tracks.advancedPositions("Radiology-Diagnostic")).isEqualTo(1057);
  }

  @Test
  void pgy1OnlyTracksHaveTheirNrmpProgramsOnSyntheticProgramsInCatalogCities() {
    Set<String> catalogCities = new HashSet<>();
    ProgramCatalog.bundled().programs().forEach(p -> catalogCities.add(p.city() + p.state()));
    Set<String> ids = new HashSet<>();
    for (SpecialtyFrame s : FRAME.specialties()) {
      if (s.pgy1Only()) {
        assertThat(s.programCount()).isEqualTo(ProgramCatalog.bundled()
            .requireSpecialty(s.name()).nrmp().orElseThrow().nrmpPrograms());
      }
    }
    for (int j = 0; j < FRAME.programCount(); j++) {
      Program p = FRAME.program(j);
      assertThat(ids.add(p.acgmeId())).as(p.acgmeId()).isTrue();
      assertThat(catalogCities).contains(p.city() + p.state());
      if (ProgramCatalog.bundled().program(p.acgmeId()).isEmpty()) {
        assertThat(p.acgmeId()).startsWith("99");
        assertThat(p.name()).contains("estimated");
        assertThat(p.positionsEstimated()).isTrue();
      }
    }
  }

  @Test
  void theSurveyedProgramsAreTheCatalogProgramsAndTheTransitionalYears() {
    int surveyed = 0;
    int transitional = 0;
    for (int j = 0; j < FRAME.programCount(); j++) {
      boolean catalog = ProgramCatalog.bundled().program(FRAME.program(j).acgmeId()).isPresent();
      boolean ty = FRAME.specialties().get(FRAME.specialtyOf(j)).name()
          .equals("Transitional (PGY-1 Only)");
      assertThat(SurveyedPrograms.includes(FRAME, j)).as(FRAME.program(j).acgmeId())
          .isEqualTo(catalog || ty);
      surveyed += SurveyedPrograms.includes(FRAME, j) ? 1 : 0;
      transitional += ty ? 1 : 0;
    }
    // 5,018 catalog programs of the 23 specialties + NRMP's 236 transitional-year programs
    assertThat(transitional).isEqualTo(236);
    assertThat(surveyed).isEqualTo(5018 + 236);
  }

  @Test
  void competitiveSpecialtiesGetTheirShareOfTheirUniqueNrmpApplicants() {
    for (double share : new double[] {0.9, 1.0}) {
      MarketFrame frame = MarketFrame.of(MarketScope.national(),
          MarketParameters.defaults().with("competitivePrimaryShare", share));
      double total = 0;
      for (int s = 0; s < frame.specialties().size(); s++) {
        SpecialtyFrame f = frame.specialties().get(s);
        total += frame.primaryApplicants(s);
        if (f.competitive()) {
          assertThat(frame.primaryApplicants(s)).as(f.name()).isCloseTo(share
              * NationalTracks.bundled().uniqueApplicants(f.name(), f.nrmpApplicants()),
              within(1e-6));
        }
      }
      assertThat(total).isCloseTo(FIGURES.target("T02"), within(1e-6));
    }
    int ortho = FRAME.specialties().stream().map(SpecialtyFrame::name).toList()
        .indexOf("Orthopaedic Surgery");
    assertThat(FRAME.specialties().get(ortho).competitive()).isTrue();
  }

  @Test
  void theOneSpecialtyScopeIsUnchangedCatalogOnly() {
    MarketFrame derm = MarketFrame.of(MarketScope.specialty("Dermatology"),
        MarketParameters.defaults());
    for (int j = 0; j < derm.programCount(); j++) {
      assertThat(derm.track(j)).isEqualTo(Track.CATEGORICAL);
      assertThat(ProgramCatalog.bundled().program(derm.program(j).acgmeId())).isPresent();
    }
    assertThat(derm.specialties().get(0).advancedPositions()).isZero();
  }
}
