package org.smartpick.engine.domain;

/**
 * A point on the Earth in decimal degrees (WGS 84), with great-circle distances by the haversine
 * formula on a sphere of the IUGG mean Earth radius (6,371.0088 km). Spherical distances differ from
 * ellipsoidal ones by at most about 0.5%.
 *
 * @param latitude degrees north, -90..90
 * @param longitude degrees east, -180..180
 */
public record GeoPoint(double latitude, double longitude) {
  /** Mean Earth radius in kilometres (IUGG). */
  public static final double EARTH_RADIUS_KM = 6371.0088;
  /** Kilometres per international mile. */
  public static final double KM_PER_MILE = 1.609344;

  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("latitude " + latitude + " is outside -90..90");
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("longitude " + longitude + " is outside -180..180");
    }
  }

  /** Great-circle distance in kilometres (haversine). O(1). */
  public double kilometresTo(GeoPoint other) {
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(other.latitude);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.longitude - longitude);
    double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
        + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /** Great-circle distance in international miles. */
  public double milesTo(GeoPoint other) {
    return kilometresTo(other) / KM_PER_MILE;
  }

  /**
   * True if the point lies in one of the bounding boxes of the contiguous US, Alaska, Hawaii,
   * Puerto Rico with the US Virgin Islands, or Guam with the Northern Mariana Islands. Boxes
   * catch swapped or sign-flipped coordinates and stray points, not points just across a border.
   */
  public boolean insideUnitedStates() {
    return within(24.0, 49.5, -125.0, -66.5)
        || within(51.0, 71.5, -180.0, -129.5)
        || within(18.5, 22.5, -160.5, -154.5)
        || within(17.5, 18.8, -67.5, -64.5)
        || within(13.0, 20.6, 144.5, 146.2);
  }

  private boolean within(double south, double north, double west, double east) {
    return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
  }
}
