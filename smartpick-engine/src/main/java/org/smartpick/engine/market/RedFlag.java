package org.smartpick.engine.market;

/**
 * The red flags the market model draws for an applicant; each applicant's flags are kept as a bit
 * set ({@link #bit()}). An applicant may "own" their flags (explained and resolved) or not.
 */
public enum RedFlag {
  /** A failed attempt at a USMLE/COMLEX step (Step 1 attempts above one). */
  FAILED_ATTEMPT,
  /** A leave of absence during medical school. */
  LEAVE_OF_ABSENCE,
  /** A documented professionalism concern. */
  PROFESSIONALISM;

  /** This flag's bit in a flag set. */
  public int bit() {
    return 1 << ordinal();
  }

  /** True if the flag set holds this flag. */
  public boolean in(int flags) {
    return (flags & bit()) != 0;
  }
}
