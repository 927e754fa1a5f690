package org.smartpick.app.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** {@link ProfileStore} on a JDBI handle pool (H2 or PostgreSQL). Thread-safe. */
public final class JdbiProfileStore implements ProfileStore {
  private static final String COLUMNS =
      "id, display_name, document, created_at, updated_at, version";

  private final Jdbi jdbi;

  public JdbiProfileStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public StoredProfile create(String displayName, String document) {
    Instant now = Rows.now();
    StoredProfile profile =
        new StoredProfile(UUID.randomUUID().toString(), displayName, document, now, now, 1);
    jdbi.useTransaction(handle -> handle.createUpdate("INSERT INTO profile (" + COLUMNS
            + ") VALUES (:id, :name, :document, :created, :updated, :version)")
        .bind("id", profile.id())
        .bind("name", displayName)
        .bind("document", document)
        .bind("created", Rows.timestamp(now))
        .bind("updated", Rows.timestamp(now))
        .bind("version", profile.version())
        .execute());
    return profile;
  }

  @Override
  public Optional<StoredProfile> find(String id) {
    return jdbi.inTransaction(handle -> find(handle, id));
  }

  @Override
  public List<StoredProfile> list() {
    return jdbi.inTransaction(handle -> handle.createQuery("SELECT " + COLUMNS
            + " FROM profile ORDER BY updated_at DESC, id")
        .map(Rows::profile)
        .list());
  }

  @Override
  public Optional<StoredProfile> update(String id, long expectedVersion, String displayName,
      String document) {
    return jdbi.inTransaction(handle -> {
      Optional<StoredProfile> current = find(handle, id);
      if (current.isEmpty()) {
        return Optional.empty();
      }
      Instant now = Rows.now();
      int changed = handle.createUpdate("UPDATE profile SET display_name = :name,"
              + " document = :document, updated_at = :updated, version = version + 1"
              + " WHERE id = :id AND version = :expected")
          .bind("name", displayName)
          .bind("document", document)
          .bind("updated", Rows.timestamp(now))
          .bind("id", id)
          .bind("expected", expectedVersion)
          .execute();
      if (changed == 0) {
        throw new VersionConflictException(id, expectedVersion, current.get().version());
      }
      return find(handle, id);
    });
  }

  @Override
  public boolean delete(String id) {
    return jdbi.inTransaction(handle -> {
      handle.createUpdate("DELETE FROM saved_result WHERE profile_id = :id").bind("id", id)
          .execute();
      return handle.createUpdate("DELETE FROM profile WHERE id = :id").bind("id", id)
          .execute() > 0;
    });
  }

  private static Optional<StoredProfile> find(Handle handle, String id) {
    return handle.createQuery("SELECT " + COLUMNS + " FROM profile WHERE id = :id")
        .bind("id", id)
        .map(Rows::profile)
        .findOne();
  }
}
