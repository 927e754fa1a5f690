package org.smartpick.engine.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The 50 states, the District of Columbia and the inhabited US territories by USPS code, each with
 * its US Census division (territories: {@link Division#TERRITORIES}).
 */
public enum UsState {
  AL(Division.EAST_SOUTH_CENTRAL), AK(Division.PACIFIC), AZ(Division.MOUNTAIN),
  AR(Division.WEST_SOUTH_CENTRAL), CA(Division.PACIFIC), CO(Division.MOUNTAIN),
  CT(Division.NEW_ENGLAND), DE(Division.SOUTH_ATLANTIC), DC(Division.SOUTH_ATLANTIC),
  FL(Division.SOUTH_ATLANTIC), GA(Division.SOUTH_ATLANTIC), HI(Division.PACIFIC),
  ID(Division.MOUNTAIN), IL(Division.EAST_NORTH_CENTRAL), IN(Division.EAST_NORTH_CENTRAL),
  IA(Division.WEST_NORTH_CENTRAL), KS(Division.WEST_NORTH_CENTRAL),
  KY(Division.EAST_SOUTH_CENTRAL), LA(Division.WEST_SOUTH_CENTRAL), ME(Division.NEW_ENGLAND),
  MD(Division.SOUTH_ATLANTIC), MA(Division.NEW_ENGLAND), MI(Division.EAST_NORTH_CENTRAL),
  MN(Division.WEST_NORTH_CENTRAL), MS(Division.EAST_SOUTH_CENTRAL),
  MO(Division.WEST_NORTH_CENTRAL), MT(Division.MOUNTAIN), NE(Division.WEST_NORTH_CENTRAL),
  NV(Division.MOUNTAIN), NH(Division.NEW_ENGLAND), NJ(Division.MIDDLE_ATLANTIC),
  NM(Division.MOUNTAIN), NY(Division.MIDDLE_ATLANTIC), NC(Division.SOUTH_ATLANTIC),
  ND(Division.WEST_NORTH_CENTRAL), OH(Division.EAST_NORTH_CENTRAL),
  OK(Division.WEST_SOUTH_CENTRAL), OR(Division.PACIFIC), PA(Division.MIDDLE_ATLANTIC),
  RI(Division.NEW_ENGLAND), SC(Division.SOUTH_ATLANTIC), SD(Division.WEST_NORTH_CENTRAL),
  TN(Division.EAST_SOUTH_CENTRAL), TX(Division.WEST_SOUTH_CENTRAL), UT(Division.MOUNTAIN),
  VT(Division.NEW_ENGLAND), VA(Division.SOUTH_ATLANTIC), WA(Division.PACIFIC),
  WV(Division.SOUTH_ATLANTIC), WI(Division.EAST_NORTH_CENTRAL), WY(Division.MOUNTAIN),
  PR(Division.TERRITORIES), GU(Division.TERRITORIES), VI(Division.TERRITORIES),
  AS(Division.TERRITORIES), MP(Division.TERRITORIES);

  private final Division division;

  UsState(Division division) {
    this.division = division;
  }

  /** The Census division. */
  public Division division() {
    return division;
  }

  /** The Census region. */
  public Region region() {
    return division.region();
  }

  /** Looks up a USPS code, ignoring case and surrounding spaces ("tx", " TX" → TX). */
  public static Optional<UsState> fromCode(String code) {
    String normalised = code.trim().toUpperCase(Locale.ROOT);
    for (UsState state : values()) {
      if (state.name().equals(normalised)) {
        return Optional.of(state);
      }
    }
    return Optional.empty();
  }
}
