package org.smartpick.app.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A profile as stored: the student's JSON document with a display name, timestamps and a version
 * number for optimistic concurrency (every update must name the version it read; it then goes up
 * by one).
 *
 * @param id random UUID, assigned by the store
 * @param displayName what the page shows for the profile
 * @param document the profile as a JSON text
 * @param createdAt when it was first saved
 * @param updatedAt when it was last saved
 * @param version 1 when created, +1 per update
 */
public record StoredProfile(String id, String displayName, String document, Instant createdAt,
    Instant updatedAt, long version) {
  public StoredProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version " + version + " must be at least 1");
    }
  }
}
