package org.smartpick.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Row mappers and timestamp arguments shared by the JDBI stores. Timestamps are written as
 * {@code TIMESTAMP WITH TIME ZONE} in UTC and kept to microseconds, the precision both H2 and
 * PostgreSQL store, so what is read back equals what was written.
 */
final class Rows {
  private Rows() {
  }

  /** Now, at the precision the databases keep. */
  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  /** A timestamp argument that both H2 and PostgreSQL bind natively. */
  static Argument timestamp(Instant instant) {
    OffsetDateTime value = instant.atOffset(ZoneOffset.UTC);
    return (position, statement, context) -> statement.setObject(position, value);
  }

  static StoredProfile profile(ResultSet rs, StatementContext context) throws SQLException {
    return new StoredProfile(rs.getString("id"), rs.getString("display_name"),
        rs.getString("document"), instant(rs, "created_at"), instant(rs, "updated_at"),
        rs.getLong("version"));
  }

  static SavedResult result(ResultSet rs, StatementContext context) throws SQLException {
    return new SavedResult(rs.getString("id"), rs.getString("profile_id"), rs.getString("kind"),
        rs.getString("document"), instant(rs, "created_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }
}
