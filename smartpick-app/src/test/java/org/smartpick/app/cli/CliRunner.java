package org.smartpick.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real CLI in-process and captures its exit code and streams. */
public record CliRunner(int exitCode, String out, String err) {

  /** Runs {@code smartpick args...}. */
  public static CliRunner run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SmartPick.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRunner(code, out.toString(), err.toString());
  }
}
