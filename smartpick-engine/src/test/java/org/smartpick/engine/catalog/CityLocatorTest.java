package org.smartpick.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.domain.GeoPoint;
import org.smartpick.engine.domain.Program;
import org.smartpick.engine.domain.ProgramFacts;
import org.smartpick.engine.domain.Provenance;
import org.smartpick.engine.domain.UsState;

class CityLocatorTest {

  private static Program programAt(String id, String city, double lat, double lon) {
    return new Program(id, "Test Program " + id, "Surgery", city, UsState.TX, new GeoPoint(lat, lon),
        OptionalInt.empty(), Provenance.UNKNOWN, false, Provenance.ESTIMATED, ProgramFacts.NONE,
        Optional.empty());
  }

  @Test
  void cityCentreIsTheMeanOfItsProgramsCoordinates() {
    CityLocator locator = new CityLocator(List.of(
        programAt("0000000001", "Testville", 30, -97),
        programAt("0000000002", "Testville", 31, -99),
        programAt("0000000003", "Elsewhere", 35, -90)));
    GeoPoint centre = locator.require("Testville, TX");
    assertThat(centre.latitude()).isCloseTo(30.5, within(1e-9));
    assertThat(centre.longitude()).isCloseTo(-98, within(1e-9));
  }

  @Test
  void lookupIgnoresCaseAndSpacing() {
    CityLocator cities = ProgramCatalog.bundled().cities();
    assertThat(cities.locate("  dallas ,tx ")).isEqualTo(cities.locate("Dallas, TX")).isPresent();
  }

  @Test
  void unknownCityNamesTheValueAndSuggestsCloseSpellings() {
    CityLocator cities = ProgramCatalog.bundled().cities();
    assertThat(cities.suggestions("Dalas, TX")).first().isEqualTo("Dallas, TX");
    assertThatThrownBy(() -> cities.require("Dalas, TX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Dalas, TX'").hasMessageContaining("did you mean: Dallas, TX");
  }

  @Test
  void cityInTheWrongStateSuggestsTheRightOne() {
    assertThat(ProgramCatalog.bundled().cities().suggestions("Dallas, CA")).contains("Dallas, TX");
  }
}
