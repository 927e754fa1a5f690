package org.smartpick.engine.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The four NRMP applicant groups. The names are those of {@code applicant-types-2025.csv} and of
 * the {@code scope} column of {@code calibration-targets.csv}.
 */
public enum ApplicantType {
  /** Senior (or recent graduate) of a US allopathic (MD) school. */
  US_MD_SENIOR("US MD senior"),
  /** Senior (or recent graduate) of a US osteopathic (DO) school. */
  US_DO_SENIOR("US DO senior"),
  /** US citizen who graduated from an international medical school. */
  US_IMG("US citizen IMG"),
  /** International medical graduate who is not a US citizen. */
  NON_US_IMG("non-US citizen IMG");

  private final String label;

  ApplicantType(String label) {
    this.label = label;
  }

  /** The group's name in plain words, e.g. "US MD senior". */
  public String label() {
    return label;
  }

  /** True for US and non-US international medical graduates. */
  public boolean img() {
    return this == US_IMG || this == NON_US_IMG;
  }

  /** Looks up a name such as {@code us_md_senior}, ignoring case and surrounding spaces. */
  public static Optional<ApplicantType> fromName(String name) {
    String wanted = name.trim().toUpperCase(Locale.ROOT);
    for (ApplicantType type : values()) {
      if (type.name().equals(wanted)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
