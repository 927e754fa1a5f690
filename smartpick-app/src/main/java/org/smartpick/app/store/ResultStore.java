package org.smartpick.app.store;

import java.util.List;
import java.util.Optional;

/**
 * Results saved for profiles. Every method runs in its own transaction; thread-safe. A profile
 * keeps its {@value #KEPT_PER_KIND} most recent results of each kind: saving one more removes the
 * oldest of that kind in the same transaction (the rank-list page saves a result on every change
 * of order, which would otherwise grow without bound).
 */
public interface ResultStore {
  /** Results kept per profile and kind. */
  int KEPT_PER_KIND = 20;

  /**
   * Saves a result for an existing profile, removing the oldest of its kind beyond
   * {@value #KEPT_PER_KIND}.
   *
   * @return the saved result, or empty when the profile does not exist
   */
  Optional<SavedResult> save(String profileId, String kind, String document);

  /** The results of a profile, oldest first (empty for an unknown profile). */
  List<SavedResult> forProfile(String profileId);
}
