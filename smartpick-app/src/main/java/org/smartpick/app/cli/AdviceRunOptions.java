package org.smartpick.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * The run options {@code advise} and {@code ranklist} share (scenarios, seed, threads, format,
 * date, html) with their defaults; {@link AdviceRunStart} turns them into a request.
 */
final class AdviceRunOptions {

  /** The output formats of both commands. */
  enum Format { TABLE, JSON, MD, HTML }

  @Option(names = "--scenarios", paramLabel = "K", defaultValue = "200",
      description = "Market scenarios (default: ${DEFAULT-VALUE}).")
  int scenarios;

  @Option(names = "--seed", paramLabel = "N",
      description = "Seed (default: random, printed on standard error).")
  Long seed;

  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads (default: available processors).")
  Integer threads;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, json, md or html (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Today's date on the cycle timeline (default: the system clock).")
  LocalDate date;

  @Option(names = "--html", paramLabel = "FILE",
      description = "Also write a self-contained HTML report with charts to FILE.")
  Path html;

  /** {@code --date}, else today from the system clock. */
  LocalDate today() {
    return date == null ? LocalDate.now() : date;
  }

  /** Writes {@code page} to the {@code --html} file, if given, and says so on {@code err}. */
  void writeHtml(Supplier<String> page, PrintWriter err) {
    if (html != null) {
      ReportFile.write(html, page.get());
      err.println("wrote " + html);
    }
  }
}
