package org.smartpick.app.store;

/**
 * An update named a version that is no longer the stored one: someone saved the profile in
 * between. The caller should reload and retry.
 */
public final class VersionConflictException extends RuntimeException {
  private final long expected;
  private final long actual;

  public VersionConflictException(String id, long expected, long actual) {
    super("profile " + id + " is at version " + actual + ", not " + expected
        + "; reload it and save again");
    this.expected = expected;
    this.actual = actual;
  }

  /** The version the caller read. */
  public long expected() {
    return expected;
  }

  /** The version stored now. */
  public long actual() {
    return actual;
  }
}
