package org.smartpick.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a report file given on the command line; a file that cannot be written is bad input. */
final class ReportFile {
  private ReportFile() {
  }

  static void write(Path file, String content) {
    try {
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException("--html: cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
