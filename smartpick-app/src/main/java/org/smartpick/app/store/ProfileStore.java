package org.smartpick.app.store;

import java.util.List;
import java.util.Optional;

/**
 * Saved profiles. Every method runs in its own transaction; implementations are thread-safe.
 */
public interface ProfileStore {

  /** Saves a new profile with version 1. */
  StoredProfile create(String displayName, String document);

  /** The profile, if it exists. */
  Optional<StoredProfile> find(String id);

  /** Every profile, most recently updated first. */
  List<StoredProfile> list();

  /**
   * Replaces the name and document of a profile if it is still at {@code expectedVersion}.
   *
   * @return the updated profile, or empty when there is no such profile
   * @throws VersionConflictException when the stored version differs from {@code expectedVersion}
   */
  Optional<StoredProfile> update(String id, long expectedVersion, String displayName,
      String document);

  /** Deletes the profile and its saved results; returns whether it existed. */
  boolean delete(String id);
}
