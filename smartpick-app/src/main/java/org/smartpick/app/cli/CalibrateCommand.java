package org.smartpick.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.smartpick.app.io.calibration.CalibrationReportWriter;
import org.smartpick.engine.calibrate.CalibrationEvaluator;
import org.smartpick.engine.calibrate.CalibrationReport;
import org.smartpick.engine.calibrate.CalibrationTargets;
import org.smartpick.engine.calibrate.Calibrator;
import org.smartpick.engine.calibrate.FitParameter;
import org.smartpick.engine.calibrate.FittedParametersText;
import org.smartpick.engine.calibrate.NelderMead;
import org.smartpick.engine.catalog.CsvFormatException;
import org.smartpick.engine.market.MarketParameters;
import org.smartpick.engine.market.MarketScope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code smartpick calibrate}: compares the market model with the published targets and writes a
 * report (CSV, Markdown, HTML, PNG and SVG plots); with {@code --fit}, first fits the default
 * parameter subset by Nelder–Mead over simulations with common random numbers and writes the
 * fitted parameters. Progress goes to standard error; the seed is printed.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = "Compare the market model with published NRMP figures (and optionally fit it); "
        + "writes DIR/calibration.csv, report.md, report.html and plots.")
final class CalibrateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--report", paramLabel = "DIR", required = true,
      description = "Directory for the report files (created if missing).")
  private Path report;

  @Option(names = "--replicas", paramLabel = "K", defaultValue = "4",
      description = "Simulated cycles per evaluation (default: ${DEFAULT-VALUE}).")
  private int replicas;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Study seed; replica seeds derive from it (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads (default: available processors). Results do not depend on it.")
  private Integer threads;

  @Option(names = "--specialty", paramLabel = "S",
      description = "Simulate one specialty instead of the national Match (quick checks only: "
          + "the targets are national).")
  private String specialty;

  @Option(names = "--fit", description = "Fit the parameters first, then report on the fit.")
  private boolean fit;

  @Option(names = "--iterations", paramLabel = "I",
      description = "With --fit: budget of objective evaluations (default: 60).")
  private Integer iterations;

  @Option(names = "--fit-only", paramLabel = "NAMES", split = ",",
      description = "With --fit: fit only these parameters of the default subset (comma-separated);"
          + " the others keep their current values and are written unchanged.")
  private List<String> fitOnly;

  @Option(names = "--parameters", paramLabel = "FILE",
      description = "Evaluate (or, with --fit, start from) the market parameters of this file "
          + "(key=value, version=1; missing keys keep the defaults) instead of the bundled "
          + "fitted ones.")
  private Path parametersFile;

  @Option(names = "--targets", paramLabel = "FILE",
      description = "Compare with the figures of this CSV file (format of the bundled "
          + "calibration-targets.csv, its ids) instead of the bundled ones.")
  private Path targetsFile;

  @Option(names = "--write", paramLabel = "FILE",
      description = "With --fit: where to write the fitted parameters (default: "
          + "DIR/fitted-parameters.properties).")
  private Path write;

  @Override
  public Integer call() throws IOException {
    checkOptions();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    MarketScope scope = specialty == null ? MarketScope.national()
        : MarketScope.specialty(specialty);
    out.println("seed: " + seed);
    err.println("calibrate: " + scope + ", " + replicas + " replicas, " + workers + " threads");
    CalibrationTargets targets = targets();
    if (targetsFile != null) {
      out.println("targets: " + targetsFile);
    }
    CalibrationEvaluator evaluator = new CalibrationEvaluator(scope, replicas, seed, workers);
    MarketParameters parameters = MarketParametersOption.read(parametersFile);
    if (fit) {
      parameters = fit(evaluator, targets, parameters, out, err);
    }
    CalibrationReport result = evaluator.evaluate(parameters, targets,
        (done, total) -> err.println("report: replica " + done + "/" + total));
    List<Path> files = CalibrationReportWriter.writeAll(result, report);
    out.printf(Locale.ROOT, "%d of %d judged targets pass (%d not modelled); objective %.4f%n",
        result.passed(), result.judged(), result.targets().size() - result.judged(),
        result.objective());
    for (Path file : files) {
      out.println("wrote " + file);
    }
    return 0;
  }

  /** The bundled targets, or those of {@code --targets FILE} (a bad file is bad input). */
  private CalibrationTargets targets() {
    if (targetsFile == null) {
      return CalibrationTargets.bundled();
    }
    try (Reader reader = Files.newBufferedReader(targetsFile, StandardCharsets.UTF_8)) {
      return CalibrationTargets.read(targetsFile.toString(), reader);
    } catch (NoSuchFileException e) {
      throw new BadInputException("--targets: file not found: " + targetsFile, e);
    } catch (CsvFormatException e) {
      throw new BadInputException("--targets: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new BadInputException("--targets: cannot read " + targetsFile + ": " + e.getMessage(),
          e);
    }
  }

  private MarketParameters fit(CalibrationEvaluator evaluator, CalibrationTargets targets,
      MarketParameters start, PrintWriter out, PrintWriter err) throws IOException {
    int budget = iterations != null ? iterations : 60;
    List<FitParameter> subset = fitOnly == null ? FitParameter.DEFAULT_SUBSET
        : FitParameter.DEFAULT_SUBSET.stream().filter(p -> fitOnly.contains(p.name())).toList();
    Calibrator calibrator = new Calibrator(evaluator, targets, subset);
    Calibrator.Fit result = calibrator.fit(start, new NelderMead(0.2, budget, 2, 1e-3, 1e-3),
        (n, value, best) -> err.printf(Locale.ROOT, "fit: evaluation %d/%d objective %.4f "
            + "(best %.4f)%n", n, budget, value, best));
    Path file = write != null ? write : report.resolve("fitted-parameters.properties");
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    String text = FittedParametersText.format(result.parameters(), FitParameter.DEFAULT_SUBSET,
        List.of("date: " + LocalDate.now(ZoneOffset.UTC), "scope: " + evaluator.scope(),
            "seed: " + seed, "replicas: " + replicas,
            "fitted: " + String.join(", ", subset.stream().map(FitParameter::name).toList()),
            "evaluations: " + result.search().evaluations() + " (Nelder-Mead, budget " + budget
                + ", restarts " + result.search().restarts() + ")",
            String.format(Locale.ROOT, "objective: %.4f at the start, %.4f fitted",
                result.startObjective(), result.search().value())));
    Files.writeString(file, text, StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "fit: objective %.4f -> %.4f in %d evaluations; wrote %s%n",
        result.startObjective(), result.search().value(), result.search().evaluations(), file);
    return result.parameters();
  }

  private void checkOptions() {
    if (replicas < 1) {
      throw new BadInputException("--replicas must be at least 1, was " + replicas);
    }
    if (threads != null && threads < 1) {
      throw new BadInputException("--threads must be at least 1, was " + threads);
    }
    if (!fit && (iterations != null || write != null || fitOnly != null)) {
      throw new BadInputException((iterations != null ? "--iterations"
          : write != null ? "--write" : "--fit-only") + " needs --fit");
    }
    if (fitOnly != null) {
      List<String> valid = FitParameter.DEFAULT_SUBSET.stream().map(FitParameter::name).toList();
      for (String name : fitOnly) {
        if (!valid.contains(name)) {
          throw new BadInputException("--fit-only: '" + name + "' is not a fitted parameter; "
              + "valid: " + String.join(", ", valid));
        }
      }
    }
    if (iterations != null && iterations < 1) {
      throw new BadInputException("--iterations must be at least 1, was " + iterations);
    }
    if (Files.exists(report) && !Files.isDirectory(report)) {
      throw new BadInputException("--report " + report + " is a file, not a directory");
    }
  }
}
