package org.smartpick.engine.market;

import org.smartpick.engine.domain.ApplicantType;

/**
 * How many applications an applicant sends on average, so that each applicant type's national
 * mean is the published ERAS mean (AAMC 2025: MD 58, DO 72, IMG 129; calibration targets
 * T39–T42). Applicants whose primary specialty is competitive apply to
 * {@code applicationsCompetitiveScale} times more programs and couple members to
 * {@code coupleApplicationScale} times more; these factors shift a type's applications between
 * its applicants instead of raising its mean. A type's normaliser is its expected factor over the
 * national applicant population, in closed form: the share of the type in competitive
 * specialties (national primary applicants, with the IMG tilt of {@link ApplicantGenerator}) and
 * the share of couple members among US seniors (couples are drawn from them). A one-specialty
 * scope uses the same national normaliser, so its applicants apply as they do nationally.
 *
 * <p>O(types) per query. Immutable; thread-safe.
 */
final class ApplicationVolume {
  private static final ApplicantType[] TYPES = ApplicantType.values();
  private final double[] norm = new double[TYPES.length];
  private final MarketParameters p;

  /**
   * @param competitiveApplicants national primary applicants of competitive specialties
   * @param allApplicants national active applicants (T02)
   */
  ApplicationVolume(double competitiveApplicants, double allApplicants, MarketParameters p) {
    this.p = p;
    PublishedFigures figures = PublishedFigures.bundled();
    double[] share = new double[TYPES.length];
    double[] tilted = new double[TYPES.length];
    double tiltedSum = 0;
    for (ApplicantType t : TYPES) {
      share[t.ordinal()] = figures.share(t);
      tilted[t.ordinal()] = share[t.ordinal()] * (t.img() ? Math.exp(-p.imgTiltCompetitive()) : 1);
      tiltedSum += tilted[t.ordinal()];
    }
    double other = allApplicants - competitiveApplicants;
    double usSeniors = 0;
    double[] competitiveOfType = new double[TYPES.length];
    double[] allOfType = new double[TYPES.length];
    for (ApplicantType t : TYPES) {
      competitiveOfType[t.ordinal()] = competitiveApplicants * tilted[t.ordinal()] / tiltedSum;
      allOfType[t.ordinal()] = competitiveOfType[t.ordinal()] + other * share[t.ordinal()];
      usSeniors += t.img() ? 0 : allOfType[t.ordinal()];
    }
    double coupledShareOfUs = Math.min(1, p.coupleShare() * allApplicants / usSeniors);
    for (ApplicantType t : TYPES) {
      double competitive = competitiveOfType[t.ordinal()] / allOfType[t.ordinal()];
      double coupled = t.img() ? 0 : coupledShareOfUs;
      norm[t.ordinal()] = (1 + competitive * (p.applicationsCompetitiveScale() - 1))
          * (1 + coupled * (p.coupleApplicationScale() - 1));
    }
  }

  /** Expected applications of an applicant of this type, specialty class and couple status. */
  double mean(ApplicantType type, boolean competitive, boolean coupled) {
    double factor = (competitive ? p.applicationsCompetitiveScale() : 1)
        * (coupled ? p.coupleApplicationScale() : 1);
    return PublishedFigures.bundled().meanApplications(type) * p.applicationScale() * factor
        / norm[type.ordinal()];
  }
}
