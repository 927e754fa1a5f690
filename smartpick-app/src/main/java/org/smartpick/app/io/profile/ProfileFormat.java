package org.smartpick.app.io.profile;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two profile file formats, chosen by file name extension. */
public enum ProfileFormat {
  /** {@code .json}: plain JSON, no comments. */
  JSON,
  /** {@code .yaml} or {@code .yml}: YAML; the template explains every field in comments. */
  YAML;

  /** The format of a file by its extension, empty for any other extension. */
  public static Optional<ProfileFormat> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }
}
