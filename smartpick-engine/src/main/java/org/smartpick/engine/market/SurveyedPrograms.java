package org.smartpick.engine.market;

/**
 * The programs comparable to those the NRMP Program Director Survey (2018) covers, over which the
 * per-program volumes of {@code calibration-targets.csv} (T17–T19) are averaged: the survey asked
 * the directors of ACGME programs in 23 core specialties and of transitional-year programs. In a
 * frame these are the catalog programs (the catalog's 23 specialties are the survey's 23) and the
 * transitional-year track; the extra NRMP tracks at catalog programs, the preliminary and other
 * synthetic tracks and the residual are not (their directors were not asked, or answered as one
 * program). A one-specialty scope holds catalog programs only, so all of them count. Stateless.
 */
public final class SurveyedPrograms {
  /** The metric scope ({@code programs/surveyed/...}). */
  public static final String SCOPE = "surveyed";

  private SurveyedPrograms() {
  }

  /** Whether program {@code j} of the frame is one the survey covers; O(1). */
  public static boolean includes(MarketFrame frame, int j) {
    return !NationalLayout.isSynthetic(frame.program(j))
        || frame.specialties().get(frame.specialtyOf(j)).name().equals(
            NationalLayout.TRANSITIONAL);
  }
}
