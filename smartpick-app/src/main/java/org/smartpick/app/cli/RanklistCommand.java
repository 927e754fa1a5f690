package org.smartpick.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.smartpick.app.io.advise.RankListReport;
import org.smartpick.app.io.profile.InterviewList;
import org.smartpick.app.io.profile.InterviewsReader;
import org.smartpick.app.io.profile.ProfileReader;
import org.smartpick.app.io.report.HtmlReport;
import org.smartpick.app.service.AdviceRequest;
import org.smartpick.app.service.AdviceService;
import org.smartpick.app.service.InvalidInputException;
import org.smartpick.app.service.RankListService;
import org.smartpick.app.service.ScenarioCache;
import org.smartpick.engine.advise.ErasFees;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.domain.profile.ApplicantProfile;
import org.smartpick.engine.market.MarketParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code smartpick ranklist}: the profile and the interviews (true order, logged signals) in;
 * P(match) at each rank, P(unmatched), the honesty check on the list and the backchannel report
 * out (docs/advise.md). The seed (random when not given) is printed on standard error; the date
 * is read from the clock once, here, unless {@code --date} gives it.
 */
@Command(name = "ranklist", mixinStandardHelpOptions = true,
    description = "Chances on your rank order list after interviews, and the backchannel report.")
final class RanklistCommand implements Runnable {

  @Spec
  private CommandSpec spec;

  @Mixin
  private DataDirOption data;

  @Option(names = "--profile", paramLabel = "FILE", required = true,
      description = "Your profile (.yaml, .yml or .json).")
  private Path profile;

  @Option(names = "--interviews", paramLabel = "FILE", required = true,
      description = "rankOrder (ACGME ids, most preferred first) and signals (.yaml or .json).")
  private Path interviews;

  @Mixin
  private AdviceRunOptions options;

  @Override
  public void run() {
    PrintWriter err = spec.commandLine().getErr();
    LocalDate today = options.today();
    ProgramCatalog catalog = data.programStore().catalog();
    ApplicantProfile read = new ProfileReader(catalog).read(profile);
    InterviewList list = new InterviewsReader(catalog).read(interviews, read);
    AdviceRequest request = AdviceRunStart.request("ranklist", read, options, err);
    RankListService.Result result;
    try {
      result = new RankListService(new AdviceService(new ScenarioCache(1),
          MarketParameters.fitted(), ErasFees.bundled())).advise(request, list, today,
          ProgressLine.on(err));
    } catch (InvalidInputException e) {
      throw new BadInputException(e.getMessage(), e);
    }
    err.println();
    long runSeed = request.seed();
    RankListReport.Run run = new RankListReport.Run(runSeed, options.scenarios);
    PrintWriter out = spec.commandLine().getOut();
    switch (options.format) {
      case JSON -> out.println(RankListReport.json(run, result));
      case MD -> out.print(RankListReport.text(run, result, true));
      case TABLE -> out.print(RankListReport.text(run, result, false));
      case HTML -> out.print(page(result, runSeed));
    }
    out.flush();
    options.writeHtml(() -> page(result, runSeed), err);
  }

  private String page(RankListService.Result result, long runSeed) {
    return HtmlReport.rankList(result, runSeed, options.scenarios, RankListReport.HONESTY_NOTE);
  }
}
