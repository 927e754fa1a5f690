package org.smartpick.app.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** {@link ResultStore} on JDBI (H2 or PostgreSQL). Thread-safe. */
public final class JdbiResultStore implements ResultStore {
  private final Jdbi jdbi;

  public JdbiResultStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<SavedResult> save(String profileId, String kind, String document) {
    return jdbi.inTransaction(handle -> {
      boolean profileExists = handle.createQuery("SELECT COUNT(*) FROM profile WHERE id = :id")
          .bind("id", profileId).mapTo(Integer.class).one() > 0;
      if (!profileExists) {
        return Optional.empty();
      }
      Instant now = Rows.now();
      SavedResult result =
          new SavedResult(UUID.randomUUID().toString(), profileId, kind, document, now);
      handle.createUpdate("INSERT INTO saved_result (id, profile_id, kind, document, created_at)"
              + " VALUES (:id, :profile, :kind, :document, :created)")
          .bind("id", result.id())
          .bind("profile", profileId)
          .bind("kind", kind)
          .bind("document", document)
          .bind("created", Rows.timestamp(now))
          .execute();
      removeBeyondKept(handle, profileId, kind, result.id());
      return Optional.of(result);
    });
  }

  /** Removes the profile's oldest results of the kind beyond those kept, never {@code newest}. */
  private static void removeBeyondKept(Handle handle, String profileId, String kind,
      String newest) {
    List<String> older = handle.createQuery("SELECT id FROM saved_result WHERE profile_id ="
            + " :profile AND kind = :kind AND id <> :newest ORDER BY created_at DESC, id DESC")
        .bind("profile", profileId)
        .bind("kind", kind)
        .bind("newest", newest)
        .mapTo(String.class)
        .list();
    for (String id : older.subList(Math.min(older.size(), KEPT_PER_KIND - 1), older.size())) {
      handle.createUpdate("DELETE FROM saved_result WHERE id = :id").bind("id", id).execute();
    }
  }

  @Override
  public List<SavedResult> forProfile(String profileId) {
    return jdbi.inTransaction(handle -> handle.createQuery("SELECT id, profile_id, kind,"
            + " document, created_at FROM saved_result WHERE profile_id = :profile"
            + " ORDER BY created_at, id")
        .bind("profile", profileId)
        .map(Rows::result)
        .list());
  }
}
