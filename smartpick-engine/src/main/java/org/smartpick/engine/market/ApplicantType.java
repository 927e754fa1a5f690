package org.smartpick.engine.market;

/**
 * The four NRMP applicant types, named as in {@code applicant-types-2025.csv}.
 *
 * <p>Source: NRMP, Results and Data: 2025 Main Residency Match.
 */
public enum ApplicantType {
  US_MD_SENIOR,
  US_DO_SENIOR,
  US_IMG,
  NON_US_IMG;

  /** True for US and non-US international medical graduates. */
  public boolean img() {
    return this == US_IMG || this == NON_US_IMG;
  }
}
