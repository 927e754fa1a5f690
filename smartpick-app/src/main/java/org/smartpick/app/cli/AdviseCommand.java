package org.smartpick.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.smartpick.app.io.advise.AdviceReport;
import org.smartpick.app.io.profile.ProfileReader;
import org.smartpick.engine.advise.ApplicationAdvice;
import org.smartpick.engine.advise.ApplicationListOptimizer;
import org.smartpick.engine.advise.ChanceEstimator;
import org.smartpick.engine.advise.Chances;
import org.smartpick.engine.advise.ErasFees;
import org.smartpick.engine.advise.ScenarioSet;
import org.smartpick.engine.advise.StudentModel;
import org.smartpick.engine.domain.profile.ApplicantProfile;
import org.smartpick.engine.market.MarketParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code smartpick advise}: a profile in, chances per program and an optimized application list
 * out, computed on K seeded scenarios of the specialty's market (docs/advise.md). Progress and the
 * seed go to standard error; the same seed gives the same output for any thread count.
 */
@Command(name = "advise", mixinStandardHelpOptions = true,
    description = "Chances per program and an optimized application list for your profile.")
final class AdviseCommand implements Runnable {

  /** The output formats of this command. */
  enum Format { TABLE, JSON, MD }

  @Spec
  private CommandSpec spec;

  @Mixin
  private DataDirOption data;

  @Option(names = "--profile", paramLabel = "FILE", required = true,
      description = "Your profile (.yaml, .yml or .json; see `smartpick profile new`).")
  private Path profile;

  @Option(names = "--scenarios", paramLabel = "K", defaultValue = "200",
      description = "Market scenarios (default: ${DEFAULT-VALUE}).")
  private int scenarios;

  @Option(names = "--seed", paramLabel = "N",
      description = "Seed (default: random, printed on standard error).")
  private Long seed;

  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads (default: available processors).")
  private Integer threads;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, json or md (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Override
  public void run() {
    PrintWriter err = spec.commandLine().getErr();
    if (scenarios < 1) {
      throw new BadInputException("--scenarios: must be at least 1, was " + scenarios);
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new BadInputException("--threads: must be at least 1, was " + workers);
    }
    ApplicantProfile read = new ProfileReader(data.programStore().catalog()).read(profile);
    long runSeed = seed == null ? ThreadLocalRandom.current().nextLong() : seed;
    String specialty = read.specialty().name();
    err.println("advise: " + specialty + ", seed " + runSeed + ", " + scenarios + " scenarios, "
        + workers + " threads");
    long start = System.nanoTime();
    ScenarioSet set;
    try {
      set = ScenarioSet.cached(specialty, MarketParameters.fitted(), runSeed, scenarios, workers,
          (done, total) -> {
            synchronized (err) {
              err.print("\rscenarios " + done + "/" + total);
              err.flush();
            }
          });
    } catch (IllegalArgumentException e) {
      throw new BadInputException("specialty: " + e.getMessage(), e);
    }
    err.println();
    long built = System.nanoTime();
    Chances chances = new ChanceEstimator(workers).estimate(set, StudentModel.of(read, set),
        runSeed ^ 0x5DEECE66DL);
    ApplicationAdvice advice = new ApplicationListOptimizer().optimize(chances, read,
        ErasFees.bundled(), runSeed);
    long done = System.nanoTime();
    AdviceReport.Run run = new AdviceReport.Run(specialty, runSeed, scenarios,
        (built - start) / 1e9, (done - built) / 1e9);
    err.printf("scenarios %.2f s, advice %.2f s%n", run.scenarioSeconds(), run.adviceSeconds());
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> out.println(AdviceReport.json(run, advice));
      case MD -> out.print(AdviceReport.text(run, advice, true));
      case TABLE -> out.print(AdviceReport.text(run, advice, false));
    }
    out.flush();
  }
}
