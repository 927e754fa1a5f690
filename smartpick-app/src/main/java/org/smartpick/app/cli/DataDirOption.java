package org.smartpick.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.smartpick.app.io.catalog.ImportedProgramStore;
import org.smartpick.app.store.DataDirectory;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option shared by commands that read or write the user's data. */
final class DataDirOption {
  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Data directory (default: $SMARTPICK_HOME, else ~/.smartpick).")
  Path dataDir;

  DataDirectory directory() {
    return DataDirectory.resolve(dataDir, System.getenv(), Path.of(System.getProperty("user.home")));
  }

  ImportedProgramStore programStore() {
    return new ImportedProgramStore(directory(), Clock.systemDefaultZone());
  }
}
