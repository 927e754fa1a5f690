package org.smartpick.engine.market;

/**
 * Puts an applicant's Step 2 CK and research count on a within-specialty standard scale (the
 * tildes of the model): Step 2 relative to the specialty's applicant mean in units of the Step 2
 * spread; research relative to the negative binomial's mean and standard deviation. O(1);
 * stateless and thread-safe.
 */
final class Standardizer {
  private Standardizer() {
  }

  // Applicants' mean Step 2 sits a selection gap under the matched mean.
  static double applicantStep2Mean(SpecialtyFrame s, MarketParameters p) {
    return s.step2Mean() - p.step2SelectionGap();
  }

  // Mean research items: a base, plus more in competitive specialties.
  static double researchMean(SpecialtyFrame s, MarketParameters p) {
    return p.researchMeanBase() + (s.competitive() ? p.researchMeanCompetitive() : 0);
  }

  /** Step 2 in standard units within the specialty. */
  static double step2(double step2, SpecialtyFrame s, MarketParameters p) {
    return (step2 - applicantStep2Mean(s, p)) / p.step2Sd();
  }

  /** Research items in standard units within the specialty (negative binomial moments). */
  static double research(int items, SpecialtyFrame s, MarketParameters p) {
    double mean = researchMean(s, p);
    if (mean <= 0) {
      return 0;
    }
    double sd = Math.sqrt(mean + mean * mean / p.researchDispersion());
    return (items - mean) / sd;
  }

  /** The strength of the written file: scores, letters and research weighted as programs rank. */
  static double fileStrength(double step2Tilde, double letters, double researchTilde,
      MarketParameters p) {
    double norm = Math.sqrt(p.wScores() * p.wScores() + p.wLetters() * p.wLetters()
        + p.wResearch() * p.wResearch());
    if (norm == 0) {
      return 0;
    }
    return (p.wScores() * step2Tilde + p.wLetters() * letters + p.wResearch() * researchTilde)
        / norm;
  }
}
