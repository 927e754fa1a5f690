package org.smartpick.app.store;

import java.util.List;

/**
 * A consistent copy of everything stored.
 *
 * @param profiles every profile
 * @param results every saved result
 */
public record DataExport(List<StoredProfile> profiles, List<SavedResult> results) {
  public DataExport {
    profiles = List.copyOf(profiles);
    results = List.copyOf(results);
  }

  /** How many of each. */
  public Counts counts() {
    return new Counts(profiles.size(), results.size());
  }

  /**
   * Numbers of stored things.
   *
   * @param profiles profiles
   * @param results saved results
   */
  public record Counts(int profiles, int results) {
  }
}
