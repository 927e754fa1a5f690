package org.smartpick.app.store;

import java.util.List;
import java.util.Optional;

/** Results saved for profiles. Every method runs in its own transaction; thread-safe. */
public interface ResultStore {

  /**
   * Saves a result for an existing profile.
   *
   * @return the saved result, or empty when the profile does not exist
   */
  Optional<SavedResult> save(String profileId, String kind, String document);

  /** The results of a profile, oldest first (empty for an unknown profile). */
  List<SavedResult> forProfile(String profileId);
}
