package org.smartpick.app.io.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The full example profile of docs/profile.md, so tests keep the documentation honest. */
final class DocumentedExample {
  private static final Path DOC = Path.of("..", "docs", "profile.md");

  private DocumentedExample() {
  }

  /** The YAML of the first yaml block under "## Example". */
  static String yaml() {
    try {
      String doc = Files.readString(DOC);
      int section = doc.indexOf("## Example");
      int start = doc.indexOf("```yaml\n", section) + "```yaml\n".length();
      return doc.substring(start, doc.indexOf("```", start));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
