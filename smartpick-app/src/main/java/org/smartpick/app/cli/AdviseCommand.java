package org.smartpick.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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

  @Spec
  private CommandSpec spec;

  @Mixin
  private DataDirOption data;

  @Option(names = "--profile", paramLabel = "FILE", required = true,
      description = "Your profile (.yaml, .yml or .json; see `smartpick profile new`).")
  private Path profile;

  @Mixin
  private AdviceRunOptions options;

  @Override
  public void run() {
    PrintWriter err = spec.commandLine().getErr();
    AdviceRequest request = AdviceRunStart.request("advise", read(), options, err);
    AdviceService.Result result;
    try {
      result = new AdviceService(new ScenarioCache(1), MarketParameters.fitted(),
          ErasFees.bundled()).advise(request, options.today(), ProgressLine.on(err));
    } catch (InvalidInputException e) {
      throw new BadInputException(e.getMessage(), e);
    }
    err.printf("%nscenarios %.2f s, advice %.2f s%n", result.scenarioSeconds(),
        result.adviceSeconds());
    PrintWriter out = spec.commandLine().getOut();
    switch (options.format) {
      case JSON -> out.println(AdviceReport.json(result));
      case MD -> out.print(AdviceReport.text(result, true));
      case TABLE -> out.print(AdviceReport.text(result, false));
      case HTML -> out.print(HtmlReport.advice(result));
    }
    out.flush();
    options.writeHtml(() -> HtmlReport.advice(result), err);
  }

  private ApplicantProfile read() {
    return new ProfileReader(data.programStore().catalog()).read(profile);
  }
}
