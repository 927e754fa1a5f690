package org.smartpick.engine.domain;

/**
 * The four US Census Bureau regions, plus {@link #TERRITORIES} for Puerto Rico and the other
 * territories, which the Census Bureau leaves outside its regions.
 *
 * <p>Source: US Census Bureau, "Census Regions and Divisions of the United States".
 */
public enum Region {
  NORTHEAST("Northeast"),
  MIDWEST("Midwest"),
  SOUTH("South"),
  WEST("West"),
  TERRITORIES("Territories");

  private final String label;

  Region(String label) {
    this.label = label;
  }

  /** The name as the Census Bureau writes it. */
  public String label() {
    return label;
  }
}
