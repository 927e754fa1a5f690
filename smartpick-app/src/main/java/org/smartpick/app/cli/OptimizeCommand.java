package org.smartpick.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.smartpick.app.io.portfolio.PortfolioInput;
import org.smartpick.app.io.portfolio.PortfolioJsonReader;
import org.smartpick.app.io.portfolio.PortfolioReportWriter;
import org.smartpick.app.service.OptimizeService;
import org.smartpick.engine.advise.portfolio.IndependentChances;
import org.smartpick.engine.advise.portfolio.Portfolio;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code smartpick optimize}: the optimal application portfolio for independent chances under a
 * budget ({@link OptimizeService}), with the method that ran. Deterministic (no randomness).
 */
@Command(
    name = "optimize",
    mixinStandardHelpOptions = true,
    description = {
        "Chooses the programs to apply to under a budget, maximizing the expected utility of the",
        "best program that takes you (independent chances; exact). Input: {\"programs\": [{\"id\":",
        "\"A\", \"p\": 0.2, \"utility\": 1.0, \"cost\": 1}, ...], \"budget\": 5}; cost defaults to 1."})
final class OptimizeCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { json, table }

  @Option(names = "--input", required = true, paramLabel = "FILE",
      description = "Portfolio problem as JSON.")
  private Path input;

  @Option(names = "--format", defaultValue = "table", paramLabel = "json|table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PortfolioInput read = PortfolioJsonReader.read(input);
    IndependentChances problem = read.problem();
    Portfolio portfolio = new OptimizeService().optimize(read);
    if (format == Format.json) {
      PortfolioReportWriter.writeJson(problem, portfolio, spec.commandLine().getOut());
    } else {
      PortfolioReportWriter.writeTable(problem, portfolio, spec.commandLine().getOut());
    }
    return 0;
  }
}
