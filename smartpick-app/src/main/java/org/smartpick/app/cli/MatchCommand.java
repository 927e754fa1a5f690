package org.smartpick.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.smartpick.app.io.MarketJsonReader;
import org.smartpick.app.io.MarketJsonWriter;
import org.smartpick.app.io.MatchResultJsonWriter;
import org.smartpick.engine.match.MatchInstance;
import org.smartpick.engine.match.MatchResult;
import org.smartpick.engine.match.RothPeransonMatcher;
import org.smartpick.engine.match.RothPeransonOptions;
import org.smartpick.engine.match.synthetic.SyntheticMarketGenerator;
import org.smartpick.engine.match.synthetic.SyntheticMarketSpec;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code smartpick match}: runs the Roth–Peranson Match on a market file ({@code --input}) or on
 * a generated national market ({@code --synthetic national}), then prints a table or summary, or
 * writes the result JSON ({@code --output}). The seed orders couples in the matcher and seeds the
 * generator; it is always printed.
 */
@Command(name = "match", mixinStandardHelpOptions = true,
    description = "Run the NRMP Match (Roth–Peranson with couples) on a market file or a "
        + "synthetic national market.")
final class MatchCommand implements Callable<Integer> {
  /** The only synthetic market offered. */
  static final String NATIONAL = "national";

  @Spec
  private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Source source;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Seed for the synthetic market and the matcher's couple order (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--couples", paramLabel = "C",
      description = "Couples in the synthetic market (default: "
          + SyntheticMarketSpec.DEFAULT_COUPLES + ", NRMP 2025 had 1,259).")
  private Integer couples;

  @Option(names = "--scale", paramLabel = "F", defaultValue = "1",
      description = "Scale the synthetic market by F in (0, 1] for quick runs (default: ${DEFAULT-VALUE}).")
  private double scale;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the result JSON here.")
  private Path output;

  @Option(names = "--save-market", paramLabel = "FILE",
      description = "Also write the market (e.g. the synthetic one) as market JSON.")
  private Path saveMarket;

  static final class Source {
    @Option(names = "--input", paramLabel = "FILE", required = true,
        description = "Market JSON file (see docs/market-format.md).")
    Path input;

    @Option(names = "--synthetic", paramLabel = "MARKET", required = true,
        description = "Generate a synthetic market; only '" + NATIONAL + "' is offered.")
    String synthetic;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    checkOptions();
    out.println("seed: " + seed);
    long start = System.nanoTime();
    MatchInstance instance = source.input != null
        ? new MarketJsonReader().read(source.input) : generate();
    long generated = System.nanoTime();
    if (saveMarket != null) {
      new MarketJsonWriter().write(instance, saveMarket);
    }
    long beforeMatch = System.nanoTime();
    MatchResult result = new RothPeransonMatcher(RothPeransonOptions.withSeed(seed)).match(instance);
    long matched = System.nanoTime();
    if (output != null) {
      new MatchResultJsonWriter().write(instance, result, output);
      out.println("wrote the result for " + instance.applicantCount() + " applicants to " + output);
    }
    MatchReport report = new MatchReport(out);
    if (source.synthetic != null) {
      report.syntheticSummary(instance, result, describeSynthetic(), millis(start, generated),
          millis(beforeMatch, matched));
    } else if (output == null) {
      report.table(instance, result);
    }
    return 0;
  }

  private void checkOptions() {
    if (source.synthetic != null && !NATIONAL.equals(source.synthetic)) {
      throw new BadInputException("--synthetic: unknown market '" + source.synthetic
          + "' (offered: " + NATIONAL + ")");
    }
    if (source.input != null && (couples != null || scale != 1)) {
      throw new BadInputException("--couples and --scale apply to --synthetic only, not to --input "
          + source.input);
    }
    if (couples != null && couples < 0) {
      throw new BadInputException("--couples: must be 0 or more, was " + couples);
    }
    if (!(scale > 0 && scale <= 1)) {
      throw new BadInputException("--scale: must be in (0, 1], was " + scale);
    }
  }

  private MatchInstance generate() {
    int coupleCount = couples == null ? SyntheticMarketSpec.DEFAULT_COUPLES : couples;
    SyntheticMarketSpec spec;
    try {
      spec = SyntheticMarketSpec.national(coupleCount).withSeed(seed).scaled(scale);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--couples " + coupleCount + ": " + e.getMessage(), e);
    }
    return new SyntheticMarketGenerator().generate(spec);
  }

  private String describeSynthetic() {
    return "synthetic " + NATIONAL + (scale == 1 ? "" : " scaled by " + scale);
  }

  private static long millis(long from, long to) {
    return (to - from) / 1_000_000;
  }
}
