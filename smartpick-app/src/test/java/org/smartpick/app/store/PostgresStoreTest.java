package org.smartpick.app.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract on a real PostgreSQL ({@link LocalPostgres}). Skipped, with a message, only
 * when PostgreSQL is not installed and {@code CI} is not set; under CI it must run.
 */
class PostgresStoreTest extends StoreContract {
  private static String url;
  private static LocalPostgres server;

  @BeforeAll
  static void startPostgres() {
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    server = LocalPostgres.get().orElse(null);
    if (server == null && ci) {
      throw new IllegalStateException("CI=true but PostgreSQL is not installed: .ci/run installs"
          + " Debian's postgresql, or set SMARTPICK_TEST_POSTGRES_URL");
    }
    assumeTrue(server != null, "PostgreSQL tests skipped: install Debian's postgresql or set"
        + " SMARTPICK_TEST_POSTGRES_URL");
    url = server.newDatabase();
  }

  @Override
  Database open() {
    return Database.open(url, server.user(), server.password());
  }
}
