package org.smartpick.engine.domain.profile;

/** The applicant's class rank by quartile, or that the school does not rank. */
public enum Quartile {
  /** Top 25% of the class. */
  FIRST,
  /** 25th to 50th percentile. */
  SECOND,
  /** 50th to 75th percentile. */
  THIRD,
  /** Bottom 25% of the class. */
  FOURTH,
  /** The school does not rank (pass/fail) or the rank is not reported. */
  NOT_RANKED
}
