package org.smartpick.bench.advise;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.smartpick.engine.advise.Advice;
import org.smartpick.engine.advise.Advisor;
import org.smartpick.engine.advise.ErasFees;
import org.smartpick.engine.advise.ScenarioSet;
import org.smartpick.engine.advise.backchannel.BackchannelAnalyst;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.domain.ApplicantType;
import org.smartpick.engine.domain.UsState;
import org.smartpick.engine.domain.profile.ApplicantProfile;
import org.smartpick.engine.domain.profile.Budget;
import org.smartpick.engine.domain.profile.ClassStanding;
import org.smartpick.engine.domain.profile.Geography;
import org.smartpick.engine.domain.profile.HomeSchool;
import org.smartpick.engine.domain.profile.Preferences;
import org.smartpick.engine.domain.profile.Quartile;
import org.smartpick.engine.domain.profile.Step2Score;
import org.smartpick.engine.market.MarketParameters;

/**
 * Bench command for the advisor: per specialty, the time to build K scenarios (2 threads) and the
 * heap they retain, then, once the scenarios are built, full advice (chances on the selection
 * draws and on the held-out draws, list, signals) for a US MD applicant from Texas with Step 2 250
 * and 30 applications, and the list's backchannel report: wall time and process CPU time, each
 * the median of 3 runs after one warm-up (CPU time is what a shared machine does not inflate).
 * Prints a Markdown table for BENCHMARKS.md. Arguments: {@code scenarios specialty...}. The seed
 * is fixed and printed.
 */
public final class AdviseBench {
  private static final long SEED = 2025;
  private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

  private AdviseBench() {
  }

  public static void main(String[] args) {
    int scenarios = Integer.parseInt(args[0]);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory
        .getOperatingSystemMXBean();
    MarketParameters p = MarketParameters.fitted();
    ProgramCatalog catalog = ProgramCatalog.bundled();
    System.out.println("seed " + SEED + ", " + Runtime.getRuntime().availableProcessors()
        + " processors, Java " + System.getProperty("java.version"));
    System.out.println();
    System.out.println("| specialty | programs | scenarios | build s (2 threads) | retained MiB"
        + " | advice s | advice CPU s | backchannel s | P(match) |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (int a = 1; a < args.length; a++) {
      double before = usedAfterGc();
      long start = System.nanoTime();
      ScenarioSet set = ScenarioSet.build(args[a], p, SEED, scenarios, 2, (d, t) -> { },
          () -> false);
      double build = (System.nanoTime() - start) / 1e9;
      double retained = (usedAfterGc() - before) / 1048576.0;
      ApplicantProfile profile = profile(catalog, args[a]);
      Advisor advisor = new Advisor(2, ErasFees.bundled());
      BackchannelAnalyst analyst = new BackchannelAnalyst(2);
      Advice advice = advisor.advise(set, profile, SEED);
      analyst.analyseAdvice(set, profile, advice, TODAY);
      double[] wall = new double[3];
      double[] cpu = new double[3];
      double[] backchannel = new double[3];
      for (int r = 0; r < wall.length; r++) {
        long t = System.nanoTime();
        long c = os.getProcessCpuTime();
        advice = advisor.advise(set, profile, SEED);
        wall[r] = (System.nanoTime() - t) / 1e9;
        cpu[r] = (os.getProcessCpuTime() - c) / 1e9;
        t = System.nanoTime();
        analyst.analyseAdvice(set, profile, advice, TODAY);
        backchannel[r] = (System.nanoTime() - t) / 1e9;
      }
      System.out.printf(Locale.ROOT,
          "| %s | %d | %d | %.1f | %.0f | %.2f | %.2f | %.2f | %.2f |%n", args[a], set.programCount(), scenarios, build, retained, median(wall), median(cpu),
          median(backchannel), advice.list().matchChance().p());
    }
  }

  private static ApplicantProfile profile(ProgramCatalog catalog, String specialty) {
    return new ApplicantProfile(catalog.requireSpecialty(specialty), Optional.empty(),
        ApplicantType.US_MD_SENIOR, Step2Score.of(250), 1, 10,
        new ClassStanding(Quartile.SECOND, false, 2), List.of(),
        new HomeSchool("Home U", Optional.of(UsState.TX), List.of()), List.of(), List.of(),
        List.of(), new Geography(Optional.of(UsState.TX), List.of(), List.of(), List.of(),
            List.of()),
        Preferences.BALANCED, new Budget(OptionalInt.of(30), OptionalInt.empty()),
        ApplicantProfile.defaultSignals(catalog.requireSpecialty(specialty)), Optional.empty());
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
