package org.smartpick.engine.market;

/** The four kinds of informal call between faculty (see {@code docs/market-model.md}). */
public enum CallType {
  /** A program director checks for hidden problems (red-flag screening, clarification). */
  VETTING,
  /** Someone pushes for the applicant (a favor, an endorsement). */
  ADVOCACY,
  /** An advocate reframes a known issue. */
  DAMAGE_CONTROL,
  /** Comparing applicants in ranking meetings (tie-breaks). */
  RANKING_STRATEGY
}
