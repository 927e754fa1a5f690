package org.smartpick.bench.advise;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.smartpick.engine.advise.Advice;
import org.smartpick.engine.advise.Advisor;
import org.smartpick.engine.advise.ErasFees;
import org.smartpick.engine.advise.ScenarioSet;
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
 * heap they retain, then the time of full advice (two chance estimations, list, signals) for a US
 * MD applicant from Texas with Step 2 250 and 30 applications, once the scenarios are built
 * (median of 3 runs after one warm-up). Prints a Markdown table for BENCHMARKS.md. Arguments:
 * {@code scenarios specialty...}. The seed is fixed and printed.
 */
public final class AdviseBench {
  private static final long SEED = 2025;

  private AdviseBench() {
  }

  public static void main(String[] args) {
    int scenarios = Integer.parseInt(args[0]);
    MarketParameters p = MarketParameters.fitted();
    ProgramCatalog catalog = ProgramCatalog.bundled();
    System.out.println("seed " + SEED + ", " + Runtime.getRuntime().availableProcessors()
        + " processors, Java " + System.getProperty("java.version"));
    System.out.println();
    System.out.println("| specialty | programs | scenarios | build s (2 threads) | retained MiB"
        + " | advice s (median of 3) | P(match) |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (int a = 1; a < args.length; a++) {
      double before = usedAfterGc();
      long start = System.nanoTime();
      ScenarioSet set = ScenarioSet.build(args[a], p, SEED, scenarios, 2, (d, t) -> { },
          () -> false);
      double build = (System.nanoTime() - start) / 1e9;
      double retained = (usedAfterGc() - before) / 1048576.0;
      ApplicantProfile profile = profile(catalog, args[a]);
      Advisor advisor = new Advisor(2, ErasFees.bundled());
      Advice advice = advisor.advise(set, profile, SEED);
      double[] times = new double[3];
      for (int r = 0; r < times.length; r++) {
        long t = System.nanoTime();
        advice = advisor.advise(set, profile, SEED);
        times[r] = (System.nanoTime() - t) / 1e9;
      }
      java.util.Arrays.sort(times);
      System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.0f | %.2f | %.2f |%n", args[a],
          set.programCount(), scenarios, build, retained, times[1],
          advice.list().matchChance().p());
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

  private static double usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
