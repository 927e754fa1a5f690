package org.smartpick.app.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A result saved for a profile (an optimized list, later advice), as a JSON text. Deleted with its
 * profile.
 *
 * @param id random UUID, assigned by the store
 * @param profileId the profile it belongs to
 * @param kind what produced it, e.g. {@code optimize}
 * @param document the result as a JSON text
 * @param createdAt when it was saved
 */
public record SavedResult(String id, String profileId, String kind, String document,
    Instant createdAt) {
  public SavedResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(profileId, "profileId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
