package org.smartpick.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the real CLI in-process and captures its exit code and streams. */
public record CliRunner(int exitCode, String out, String err) {

  /** Runs {@code smartpick args...}. */
  public static CliRunner run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SmartPick.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRunner(code, out.toString(), err.toString());
  }

  /** Runs {@code smartpick args... --data-dir dataDir}. */
  public static CliRunner run(Path dataDir, String... args) {
    String[] withDir = new String[args.length + 2];
    System.arraycopy(args, 0, withDir, 0, args.length);
    withDir[args.length] = "--data-dir";
    withDir[args.length + 1] = dataDir.toString();
    return run(withDir);
  }
}
