package org.smartpick.app.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The SmartPick database: a HikariCP pool, migrated by Flyway on open (one migration set in
 * {@code db/migration} for H2 and PostgreSQL), and the stores on top of it via JDBI.
 *
 * <p>{@link #embedded(DataDirectory)} is the default: an H2 file in the user's data directory.
 * Any other JDBC URL ({@code jdbc:postgresql://...}, {@code jdbc:h2:...}) works too. Thread-safe;
 * close it once when done.
 */
public final class Database implements AutoCloseable {
  /** The H2 database file name (without H2's {@code .mv.db} suffix) in the data directory. */
  public static final String EMBEDDED_NAME = "smartpick-db";
  private static final int POOL_SIZE = 4;

  private final HikariDataSource pool;
  private final Jdbi jdbi;
  private final String url;

  private Database(HikariDataSource pool, String url) {
    this.pool = pool;
    this.url = url;
    this.jdbi = Jdbi.create(pool);
  }

  /**
   * Opens and migrates the database at a JDBC URL.
   *
   * @param url e.g. {@code jdbc:postgresql://localhost:5432/smartpick?user=me}
   * @param user user name, or null when the URL carries it
   * @param password password, or null
   * @throws IllegalArgumentException when the URL is not a supported JDBC URL
   */
  public static Database open(String url, String user, String password) {
    if (url == null || !(url.startsWith("jdbc:h2:") || url.startsWith("jdbc:postgresql:"))) {
      throw new IllegalArgumentException("database URL '" + url
          + "' is not supported; give jdbc:postgresql://host:port/db or jdbc:h2:...");
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    if (user != null) {
      config.setUsername(user);
    }
    if (password != null) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(POOL_SIZE);
    config.setPoolName("smartpick");
    config.setAutoCommit(true);
    HikariDataSource pool = new HikariDataSource(config);
    try {
      Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Database(pool, url);
  }

  /** Opens the default embedded H2 file in the data directory (created owner-only). */
  public static Database embedded(DataDirectory directory) {
    try {
      directory.create();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + directory.root(), e);
    }
    return open(embeddedUrl(directory), null, null);
  }

  /** The JDBC URL of the embedded database in a data directory. */
  public static String embeddedUrl(DataDirectory directory) {
    return "jdbc:h2:file:" + directory.root().resolve(EMBEDDED_NAME) + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  /** The JDBC URL this database was opened with. */
  public String url() {
    return url;
  }

  /** Saved profiles. */
  public ProfileStore profiles() {
    return new JdbiProfileStore(jdbi);
  }

  /** Saved results. */
  public ResultStore results() {
    return new JdbiResultStore(jdbi);
  }

  /** Export-all and delete-everything. */
  public PersonalData personalData() {
    return new JdbiPersonalData(jdbi);
  }

  @Override
  public void close() {
    pool.close();
  }
}
