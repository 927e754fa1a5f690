package org.smartpick.app.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the default embedded database: an H2 file in a data directory. */
class H2StoreTest extends StoreContract {
  @TempDir
  Path data;

  @Override
  Database open() {
    return Database.embedded(new DataDirectory(data));
  }
}
