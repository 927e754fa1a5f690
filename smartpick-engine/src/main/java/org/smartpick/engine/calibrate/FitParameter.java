package org.smartpick.engine.calibrate;

import java.util.List;
import org.smartpick.engine.market.MarketParameters;

/**
 * One market parameter the fit moves, with the box it searches (inside the parameter's valid
 * range).
 *
 * @param name a {@link MarketParameters#names()} entry
 * @param low smallest value tried
 * @param high largest value tried
 */
public record FitParameter(String name, double low, double high) {

  /**
   * The parameters fitted by default: those that move the primary outcome targets (match rates
   * by type, fill, program volumes, signal, geography and away-rotation effects, couples' outcomes)
   * and have no published value of their own. Published figures (floors, couples, leave rate, endorsement effects, signal
   * acceptance, mean ERAS applications by type through {@code applicationScale}), the rank-score
   * field weights and the applicant pool are not fitted.
   */
  public static final List<FitParameter> DEFAULT_SUBSET = List.of(
      new FitParameter("interviewsPerPosition", 6, 20),
      new FitParameter("doNotRankBelow", -6, -0.5),
      new FitParameter("aDo", 0, 2),
      new FitParameter("aImg", 0, 2.5),
      new FitParameter("step2ShiftNonUsImg", -10, 20),
      new FitParameter("aGeo", 0, 1.5),
      new FitParameter("screenNoise", 0.3, 2.5),
      new FitParameter("aRotation", 0.3, 3),
      new FitParameter("coupleApplicationScale", 1, 3),
      new FitParameter("coupleMetroBonus", 0, 4),
      new FitParameter("coupleMetroPreference", 0, 3),
      new FitParameter("syntheticPrimaryShare", 0, 0.4),
      new FitParameter("competitivePrimaryShare", 0.6, 1),
      new FitParameter("signalLeniencyEmergency", -3, 6),
      new FitParameter("signalLeniencyInternalMedicine", -3, 6),
      new FitParameter("signalLeniencyOrthopaedics", -3, 6),
      new FitParameter("maxInterviews", 14, 24),
      new FitParameter("signalReach", 0, 3),
      new FitParameter("invitationRounds", 2, 8),
      new FitParameter("prefGeo", 0, 2));

  public FitParameter {
    int k = MarketParameters.names().indexOf(name);
    if (k < 0) {
      throw new IllegalArgumentException("unknown market parameter '" + name + "'");
    }
    double min = MarketParameters.lowerBounds()[k];
    double max = MarketParameters.upperBounds()[k];
    if (!(low >= min && high <= max && low < high)) {
      throw new IllegalArgumentException("fit box " + low + ".." + high + " of " + name
          + " must be a non-empty part of its range " + min + ".." + max);
    }
  }

  /** Index in {@link MarketParameters#names()}. */
  public int index() {
    return MarketParameters.names().indexOf(name);
  }
}
