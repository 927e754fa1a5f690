package org.smartpick.app.store;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** {@link PersonalData} on JDBI (H2 or PostgreSQL). Thread-safe. */
public final class JdbiPersonalData implements PersonalData {
  private final Jdbi jdbi;

  public JdbiPersonalData(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public DataExport exportAll() {
    return jdbi.inTransaction(handle -> {
      List<StoredProfile> profiles = handle.createQuery("SELECT id, display_name, document,"
              + " created_at, updated_at, version FROM profile ORDER BY created_at, id")
          .map(Rows::profile).list();
      List<SavedResult> results = handle.createQuery("SELECT id, profile_id, kind, document,"
              + " created_at FROM saved_result ORDER BY created_at, id")
          .map(Rows::result).list();
      return new DataExport(profiles, results);
    });
  }

  @Override
  public DataExport.Counts deleteEverything() {
    return jdbi.inTransaction(handle -> {
      int results = handle.createUpdate("DELETE FROM saved_result").execute();
      int profiles = handle.createUpdate("DELETE FROM profile").execute();
      return new DataExport.Counts(profiles, results);
    });
  }
}
