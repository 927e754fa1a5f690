package org.smartpick.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.domain.GeoPoint;

class GeoPointTest {

  @Test
  void newYorkToLosAngelesMatchesThePublishedGreatCircleDistanceWithinOnePercent() {
    // Published great-circle distance between the city centres: about 3,936 km (2,446 mi).
    GeoPoint newYork = new GeoPoint(40.7128, -74.0060);
    GeoPoint losAngeles = new GeoPoint(34.0522, -118.2437);
    assertThat(newYork.kilometresTo(losAngeles)).isCloseTo(3936, within(39.36));
    assertThat(newYork.milesTo(losAngeles)).isCloseTo(2446, within(24.46));
  }

  @Test
  void catalogCitiesDallasAndHoustonAreAboutTwoHundredTwentyFiveMilesApart() {
    // Dallas–Houston great-circle distance: about 362 km (225 mi).
    CityLocator cities = ProgramCatalog.bundled().cities();
    double miles = cities.require("Dallas, TX").milesTo(cities.require("Houston, TX"));
    assertThat(miles).isCloseTo(225, within(2.25));
  }

  @Test
  void oneDegreeOfLatitudeIsAboutSixtyNineMiles() {
    assertThat(new GeoPoint(10, 20).milesTo(new GeoPoint(11, 20))).isCloseTo(69.09, within(0.05));
  }

  @Test
  void distanceIsSymmetricNonNegativeAndObeysTheTriangleInequality() {
    SplittableRandom random = new SplittableRandom(7L);
    for (int i = 0; i < 5_000; i++) {
      GeoPoint a = randomPoint(random);
      GeoPoint b = randomPoint(random);
      GeoPoint c = randomPoint(random);
      assertThat(a.kilometresTo(b)).isCloseTo(b.kilometresTo(a), within(1e-6))
          .isBetween(0.0, Math.PI * GeoPoint.EARTH_RADIUS_KM + 1e-6);
      assertThat(a.kilometresTo(c)).isLessThanOrEqualTo(a.kilometresTo(b) + b.kilometresTo(c) + 1e-6);
      assertThat(a.kilometresTo(a)).isZero();
    }
  }

  private static GeoPoint randomPoint(SplittableRandom random) {
    return new GeoPoint(random.nextDouble(-90, 90), random.nextDouble(-180, 180));
  }

  @Test
  void usBoundsIncludeAlaskaHawaiiPuertoRicoButNotMexicoCityLondonOrASignFlippedLongitude() {
    assertThat(new GeoPoint(61.2167, -149.9).insideUnitedStates()).as("Anchorage").isTrue();
    assertThat(new GeoPoint(21.3069, -157.8583).insideUnitedStates()).as("Honolulu").isTrue();
    assertThat(new GeoPoint(18.4655, -66.1057).insideUnitedStates()).as("San Juan").isTrue();
    assertThat(new GeoPoint(51.5072, -0.1276).insideUnitedStates()).as("London").isFalse();
    assertThat(new GeoPoint(32.7767, 96.7970).insideUnitedStates()).as("Dallas, sign lost").isFalse();
    assertThat(new GeoPoint(19.4326, -99.1332).insideUnitedStates()).as("Mexico City").isFalse();
  }

  @Test
  void rejectsCoordinatesOffTheGlobeNamingTheValue() {
    assertThatThrownBy(() -> new GeoPoint(91, 0)).hasMessageContaining("latitude 91.0");
    assertThatThrownBy(() -> new GeoPoint(0, -181)).hasMessageContaining("longitude -181.0");
  }
}
