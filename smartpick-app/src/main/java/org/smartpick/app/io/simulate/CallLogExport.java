package org.smartpick.app.io.simulate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.smartpick.engine.market.CycleOutcome;
import org.smartpick.engine.simulate.MonteCarlo;

/**
 * Writes the call log of a Monte Carlo study to one CSV file ({@link CallLogCsv}), with rows in
 * replica order whatever the number of threads: each replica is written to its own part file in a
 * temporary folder beside the target as it finishes, and {@link #finish} joins the parts in
 * replica order into the target through a temporary file moved into place, so an interrupted run
 * never leaves a half-written target. {@link #close} removes the temporary folder. Thread-safe
 * for {@link #observe}; one instance per study.
 */
public final class CallLogExport implements MonteCarlo.ReplicaObserver, AutoCloseable {
  private final Path target;
  private final Path parts;
  private final AtomicLong rows = new AtomicLong();

  /**
   * @param target the CSV file to write (its folder must exist; an existing file is replaced)
   * @throws IOException if the temporary folder cannot be created beside the target
   */
  public CallLogExport(Path target) throws IOException {
    this.target = target.toAbsolutePath();
    this.parts = Files.createTempDirectory(this.target.getParent(), ".smartpick-calls-");
  }

  @Override
  public void observe(int replica, CycleOutcome outcome) {
    try (Writer out = Files.newBufferedWriter(part(replica), StandardCharsets.UTF_8)) {
      rows.addAndGet(CallLogCsv.write(replica, outcome, out));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the calls of replica " + replica + " to "
          + parts + ": " + e.getMessage(), e);
    }
  }

  /**
   * Joins the part files of replicas 0 .. replicas−1 (those that finished) into the target.
   *
   * @return the number of calls written
   */
  public long finish(int replicas) throws IOException {
    Path partial = parts.resolve("all.csv");
    try (OutputStream out = Files.newOutputStream(partial)) {
      out.write((CallLogCsv.HEADER + "\n").getBytes(StandardCharsets.UTF_8));
      for (int r = 0; r < replicas; r++) {
        if (Files.exists(part(r))) {
          Files.copy(part(r), out);
        }
      }
    }
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    return rows.get();
  }

  private Path part(int replica) {
    return parts.resolve("replica-" + replica + ".csv");
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> files = Files.walk(parts)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
