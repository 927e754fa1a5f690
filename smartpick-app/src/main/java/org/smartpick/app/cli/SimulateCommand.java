package org.smartpick.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.smartpick.app.io.simulate.CallLogExport;
import org.smartpick.app.io.simulate.SimulationReport;
import org.smartpick.engine.market.MarketFrame;
import org.smartpick.engine.market.MarketParameters;
import org.smartpick.engine.market.MarketScope;
import org.smartpick.engine.simulate.MonteCarlo;
import org.smartpick.engine.simulate.MonteCarloResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code smartpick simulate}: K seeded replicas of a residency cycle (national or one specialty),
 * summarised with 95% intervals. The seed is printed on standard error; the same seed gives the
 * same output whatever the thread count. A progress bar goes to standard error.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Simulate application cycles and the Match; print outcomes with intervals.")
final class SimulateCommand implements Runnable {

  /** The output formats of this command. */
  enum Format { TABLE, JSON, CSV, MD }

  static final class Scope {
    @Option(names = "--specialty", paramLabel = "S",
        description = "Simulate one specialty (its applicants plus backup applicants).")
    String specialty;

    @Option(names = "--national", description = "Simulate the national Match (default).")
    boolean national;
  }

  @Spec
  private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  private Scope scope;

  @Option(names = "--replicas", paramLabel = "K", defaultValue = "10",
      description = "Number of replicas (default: ${DEFAULT-VALUE}).")
  private int replicas;

  @Option(names = "--seed", paramLabel = "N",
      description = "Study seed (default: random, printed on standard error).")
  private Long seed;

  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads (default: available processors).")
  private Integer threads;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, json, csv or md (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--calls", paramLabel = "FILE",
      description = "Also write every backchannel call of every replica to this CSV file "
          + "(who, about whom, program, phase, type, reason, effect; docs/simulate.md).")
  private Path callsFile;

  @Option(names = "--parameters", paramLabel = "FILE",
      description = "Market parameters file (key=value, version=1); default: bundled fitted values.")
  private Path parametersFile;

  @Override
  public void run() {
    PrintWriter err = spec.commandLine().getErr();
    if (replicas < 1) {
      throw new BadInputException("--replicas: must be at least 1, was " + replicas);
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new BadInputException("--threads: must be at least 1, was " + workers);
    }
    checkCallsFile();
    long studySeed = seed == null ? ThreadLocalRandom.current().nextLong() : seed;
    MarketParameters parameters = MarketParametersOption.read(parametersFile);
    MarketScope marketScope = scope == null || scope.specialty == null ? MarketScope.national()
        : MarketScope.specialty(scope.specialty);
    MarketFrame frame;
    try {
      frame = MarketFrame.of(marketScope, parameters);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--specialty: " + e.getMessage(), e);
    }
    err.println("simulate: " + marketScope + ", seed " + studySeed + ", " + replicas
        + " replicas, " + workers + " threads");
    MonteCarloResult result;
    try (CallLogExport calls = callLogExport()) {
      try (ProgressBar bar = new ProgressBarBuilder().setTaskName("replicas")
          .setInitialMax(replicas)
          .setConsumer(new DelegatingProgressBarConsumer(line -> {
            err.print("\r" + line);
            err.flush();
          })).build()) {
        result = new MonteCarlo(replicas, workers).run(frame, parameters, studySeed,
            (done, total) -> bar.stepTo(done), () -> false,
            calls == null ? (replica, outcome) -> { } : calls);
      }
      err.println();
      if (calls != null) {
        long written = calls.finish(result.replicasDone());
        err.printf("wrote %,d calls of %d replicas to %s%n", written, result.replicasDone(),
            callsFile);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new BadInputException("--calls: cannot write " + callsFile + ": " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    String parameterSource = parametersFile == null ? "bundled" : parametersFile.toString();
    String where = marketScope.toString();
    switch (format) {
      case JSON -> out.println(SimulationReport.json(result, where, parameterSource));
      case CSV -> out.print(SimulationReport.csv(result));
      case MD -> out.print(SimulationReport.tables(result, where, parameterSource, true));
      case TABLE -> out.print(SimulationReport.tables(result, where, parameterSource, false));
    }
    out.flush();
  }

  /** Refuses a {@code --calls} path that cannot become a file, before any simulation. */
  private void checkCallsFile() {
    if (callsFile == null) {
      return;
    }
    Path absolute = callsFile.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new BadInputException("--calls: " + callsFile + " is a folder; name a CSV file");
    }
    if (absolute.getParent() == null || !Files.isDirectory(absolute.getParent())) {
      throw new BadInputException("--calls: folder " + absolute.getParent()
          + " does not exist");
    }
  }

  /** The call-log export for {@code --calls}, or null. */
  private CallLogExport callLogExport() throws IOException {
    return callsFile == null ? null : new CallLogExport(callsFile.toAbsolutePath());
  }
}
