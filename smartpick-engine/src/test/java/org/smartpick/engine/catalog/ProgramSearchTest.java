package org.smartpick.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.domain.GeoPoint;
import org.smartpick.engine.domain.Program;
import org.smartpick.engine.domain.UsState;

class ProgramSearchTest {
  private final ProgramCatalog catalog = ProgramCatalog.bundled();

  private static ProgramQuery query(String specialty, UsState state, GeoPoint near, Double within,
      Integer minPositions, ProgramSort sort, Integer limit) {
    return new ProgramQuery(Optional.ofNullable(specialty), Optional.ofNullable(state),
        Optional.ofNullable(near),
        within == null ? OptionalDouble.empty() : OptionalDouble.of(within),
        minPositions == null ? OptionalInt.empty() : OptionalInt.of(minPositions), sort,
        limit == null ? OptionalInt.empty() : OptionalInt.of(limit));
  }

  @Test
  void specialtyAndStateFilterKeepExactlyTheMatchingPrograms() {
    List<ProgramHit> hits = ProgramSearch.run(catalog,
        query("orthopaedic surgery", UsState.TX, null, null, null, ProgramSort.NAME, null));
    long expected = catalog.programs().stream()
        .filter(p -> p.specialty().equals("Orthopaedic Surgery") && p.state() == UsState.TX).count();
    assertThat(hits).hasSize((int) expected).isNotEmpty()
        .allSatisfy(h -> assertThat(h.program().state()).isEqualTo(UsState.TX));
    assertThat(hits).extracting(h -> h.program().name()).isSorted();
  }

  @Test
  void nrmpAndCatalogNamesSelectTheSamePrograms() {
    List<ProgramHit> byNrmp = ProgramSearch.run(catalog,
        query("Obstetrics-Gynecology", null, null, null, null, ProgramSort.NAME, null));
    List<ProgramHit> byCatalog = ProgramSearch.run(catalog,
        query("OB GYN", null, null, null, null, ProgramSort.NAME, null));
    assertThat(byNrmp).hasSize(302).isEqualTo(byCatalog);
  }

  @Test
  void withinKeepsEveryProgramInsideTheRadiusAndNoneOutsideSortedByDistance() {
    GeoPoint dallas = catalog.cities().require("Dallas, TX");
    List<ProgramHit> hits = ProgramSearch.run(catalog,
        query("Orthopaedic Surgery", null, dallas, 200.0, null, ProgramSort.DISTANCE, null));
    long expected = catalog.programs().stream()
        .filter(p -> p.specialty().equals("Orthopaedic Surgery"))
        .filter(p -> haversineMiles(dallas, p.location()) <= 200).count();
    assertThat(hits).hasSize((int) expected).isNotEmpty();
    assertThat(hits).extracting(h -> h.distanceMiles().getAsDouble()).isSorted()
        .allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(200));
    assertThat(hits.get(0).program().city()).isEqualTo("Dallas");
  }

  /** Independent haversine with the 3,958.8-mile mean radius, written from the textbook formula. */
  private static double haversineMiles(GeoPoint a, GeoPoint b) {
    double dLat = Math.toRadians(b.latitude() - a.latitude());
    double dLon = Math.toRadians(b.longitude() - a.longitude());
    double s = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.latitude()))
        * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 3958.8 * Math.atan2(Math.sqrt(s), Math.sqrt(1 - s));
  }

  @Test
  void minPositionsDropsSmallerAndUnknownPrograms() {
    List<ProgramHit> hits = ProgramSearch.run(catalog,
        query(null, null, null, null, 15, ProgramSort.POSITIONS, null));
    long expected = catalog.programs().stream().filter(p -> p.positions().orElse(0) >= 15).count();
    assertThat(hits).hasSize((int) expected).isNotEmpty();
    assertThat(hits).extracting(h -> -h.program().positions().getAsInt()).isSorted();
  }

  @Test
  void limitKeepsTheFirstResultsInOrder() {
    List<ProgramHit> all = ProgramSearch.run(catalog,
        query("Dermatology", null, null, null, null, ProgramSort.STATE, null));
    List<ProgramHit> first = ProgramSearch.run(catalog,
        query("Dermatology", null, null, null, null, ProgramSort.STATE, 5));
    assertThat(first).isEqualTo(all.subList(0, 5));
    assertThat(all).extracting(h -> h.program().state().name()).isSorted();
  }

  @Test
  void unknownSpecialtyListsTheValidNames() {
    assertThatThrownBy(() -> ProgramSearch.run(catalog,
        query("Orthopedics", null, null, null, null, ProgramSort.NAME, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown specialty 'Orthopedics'")
        .hasMessageContaining("Orthopaedic Surgery").hasMessageContaining("Ob Gyn");
  }

  @Test
  void distanceOptionsWithoutAReferencePointAreRejected() {
    assertThatThrownBy(() -> query(null, null, null, 100.0, null, ProgramSort.NAME, null))
        .hasMessageContaining("--within needs --near");
    assertThatThrownBy(() -> query(null, null, null, null, null, ProgramSort.DISTANCE, null))
        .hasMessageContaining("sort 'distance' needs --near");
  }

  @Test
  void everyHitCarriesItsProgramUnchanged() {
    List<ProgramHit> hits = ProgramSearch.run(catalog, ProgramQuery.ALL);
    assertThat(hits).hasSize(catalog.programs().size());
    Program some = catalog.programs().get(100);
    assertThat(hits).extracting(ProgramHit::program).contains(some);
  }
}
