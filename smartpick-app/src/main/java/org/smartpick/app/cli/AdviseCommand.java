package org.smartpick.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.smartpick.app.io.advise.AdviceReport;
import org.smartpick.app.io.report.HtmlReport;
import org.smartpick.app.io.profile.ProfileReader;
import org.smartpick.app.service.AdviceRequest;
import org.smartpick.app.service.AdviceService;
import org.smartpick.app.service.InvalidInputException;
import org.smartpick.app.service.ScenarioCache;
import org.smartpick.engine.advise.ErasFees;
import org.smartpick.engine.domain.profile.ApplicantProfile;
import org.smartpick.engine.market.MarketParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code smartpick advise}: reads the profile, runs {@link AdviceService} with a progress line on
 * standard error, and prints the advice (docs/advise.md). The seed (random when not given) is
 * printed on standard error; the same seed gives the same output for any thread count. The date
 * on the backchannel report's timeline is read from the clock once, here, unless {@code --date}
 * gives it.
 */
@Command(name = "advise", mixinStandardHelpOptions = true,
    description = "Chances per program and an optimized application list for your profile.")
final class AdviseCommand implements Runnable {

  /** The output formats of this command. */
  enum Format { TABLE, JSON, MD, HTML }

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
      description = "table, json, md or html (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Today's date on the cycle timeline (default: the system clock).")
  private LocalDate date;

  @Option(names = "--html", paramLabel = "FILE",
      description = "Also write a self-contained HTML report with charts to FILE.")
  private Path html;

  @Override
  public void run() {
    PrintWriter err = spec.commandLine().getErr();
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    long runSeed = seed == null ? ThreadLocalRandom.current().nextLong() : seed;
    AdviceRequest request;
    try {
      request = new AdviceRequest(read(), scenarios, runSeed, workers);
    } catch (InvalidInputException e) {
      throw new BadInputException("--" + e.field() + ": " + e.detail(), e);
    }
    err.println("advise: " + request.profile().specialty().name() + ", seed " + runSeed + ", "
        + scenarios + " scenarios, " + workers + " threads");
    AdviceService.Result result;
    try {
      result = new AdviceService(new ScenarioCache(1), MarketParameters.fitted(),
          ErasFees.bundled()).advise(request, date == null ? LocalDate.now() : date,
          ProgressLine.on(err));
    } catch (InvalidInputException e) {
      throw new BadInputException(e.getMessage(), e);
    }
    err.printf("%nscenarios %.2f s, advice %.2f s%n", result.scenarioSeconds(),
        result.adviceSeconds());
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> out.println(AdviceReport.json(result));
      case MD -> out.print(AdviceReport.text(result, true));
      case TABLE -> out.print(AdviceReport.text(result, false));
      case HTML -> out.print(HtmlReport.advice(result));
    }
    out.flush();
    if (html != null) {
      ReportFile.write(html, HtmlReport.advice(result));
      err.println("wrote " + html);
    }
  }

  private ApplicantProfile read() {
    return new ProfileReader(data.programStore().catalog()).read(profile);
  }
}
