package org.smartpick.engine.domain;

/**
 * The nine US Census Bureau divisions, each inside one {@link Region}, plus {@link #TERRITORIES}.
 *
 * <p>Source: US Census Bureau, "Census Regions and Divisions of the United States".
 */
public enum Division {
  NEW_ENGLAND("New England", Region.NORTHEAST),
  MIDDLE_ATLANTIC("Middle Atlantic", Region.NORTHEAST),
  EAST_NORTH_CENTRAL("East North Central", Region.MIDWEST),
  WEST_NORTH_CENTRAL("West North Central", Region.MIDWEST),
  SOUTH_ATLANTIC("South Atlantic", Region.SOUTH),
  EAST_SOUTH_CENTRAL("East South Central", Region.SOUTH),
  WEST_SOUTH_CENTRAL("West South Central", Region.SOUTH),
  MOUNTAIN("Mountain", Region.WEST),
  PACIFIC("Pacific", Region.WEST),
  TERRITORIES("Territories", Region.TERRITORIES);

  private final String label;
  private final Region region;

  Division(String label, Region region) {
    this.label = label;
    this.region = region;
  }

  /** The name as the Census Bureau writes it. */
  public String label() {
    return label;
  }

  /** The region this division belongs to. */
  public Region region() {
    return region;
  }
}
