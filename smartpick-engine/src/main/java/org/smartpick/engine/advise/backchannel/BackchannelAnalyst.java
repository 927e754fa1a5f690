package org.smartpick.engine.advise.backchannel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.smartpick.engine.advise.Advice;
import org.smartpick.engine.advise.Advisor;
import org.smartpick.engine.advise.CallWindow;
import org.smartpick.engine.advise.CycleTimeline;
import org.smartpick.engine.advise.Estimate;
import org.smartpick.engine.advise.InterviewScenarios;
import org.smartpick.engine.advise.ScenarioSet;
import org.smartpick.engine.advise.StudentModel;
import org.smartpick.engine.advise.rank.RankOrderOutcome;
import org.smartpick.engine.domain.Program;
import org.smartpick.engine.domain.profile.Advocate;
import org.smartpick.engine.domain.profile.ApplicantProfile;
import org.smartpick.engine.market.CallLog;
import org.smartpick.engine.market.CallReason;
import org.smartpick.engine.market.CallType;
import org.smartpick.engine.market.CallerRole;
import org.smartpick.engine.market.MarketParameters;
import org.smartpick.engine.market.OutsideApplicantScorer;
import org.smartpick.engine.market.Standing;

/**
 * Builds the {@link BackchannelReport} of a list from the calls the model placed about the student
 * in every scenario ({@link InterviewScenarios}): per program the chance of a call by window, its
 * most frequent type and reason, its mean effect, P(clearing the cutoff) with and without the
 * calls, and the ties that carry them. What-ifs are computed on the same scenarios and draws:
 * a red flag without a credible senior advocate → P(match) with a high-standing advocate who knows
 * every listed program's director; an unowned flag → P(match) owning it; the home program's
 * calls turned into polite negatives (effect −callEffectSize, the model's polite negative) →
 * what that would cost.
 *
 * <p>Two stages: after interviews ({@link #analyse}, the rank list: every listed program
 * interviewed the student) and at application time ({@link #analyseApplications}, the advise
 * list: a program counts toward P(match) only where it invites the student).
 *
 * <p>Running time O(K·P/T) per what-if plus O(calls). Stateless; thread-safe.
 */
public final class BackchannelAnalyst {
  /** Guidance that holds whatever the numbers (seed notes, "What applicants can do"). */
  public static final List<String> GUIDANCE = List.of(
      "Rank programs in your true order of preference: you cannot see the calls, programs change"
          + " their lists after them, and with applicant-proposing matching honesty is your best"
          + " strategy (couples are the exception).",
      "Build at least one real advocate who knows your work and the specialty; a famous name who"
          + " barely knows you carries less weight than you think.",
      "If you have a red flag, own it with one clean, consistent story that your mentors can"
          + " repeat.",
      "Do not ask faculty for calls as a transaction, and do not send unsolicited defenses of"
          + " issues a program never raised.",
      "Silence usually means nothing; read signals lightly, in both directions.");

  private final int threads;

  // Which listed programs the student can match at in a scenario.
  private enum Stage {
    /** Every listed program interviewed the student. */
    INTERVIEWED,
    /** Applied: only the programs that invite the student (every invitation attended). */
    APPLIED
  }

  /** An analyst re-evaluating what-ifs on {@code threads} worker threads (at least 1). */
  public BackchannelAnalyst(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.threads = threads;
  }

  /**
   * The report for the list the scenarios were evaluated for.
   *
   * @param student the profile in model units the scenarios were evaluated with
   * @param seed the student seed the scenarios were evaluated with (what-ifs reuse it)
   * @param today the date to place on the timeline (callers read the clock once)
   */
  public BackchannelReport analyse(InterviewScenarios scenarios, ApplicantProfile profile,
      StudentModel student, long seed, LocalDate today) {
    return report(scenarios, profile, student, seed, today, Stage.INTERVIEWED);
  }

  /**
   * The report for an application list not yet interviewed at (the advise list): per program the
   * same as {@link #analyse} (the calls, and P(clearing the cutoff) if interviewed there; show it
   * with P(interview)), while the what-ifs' P(match) count a program only in the scenarios where it
   * invites the student ({@link InterviewScenarios#invited}; every invitation attended, no
   * interview cap). Evaluate {@code scenarios} with the seed the list's chances were reported on so
   * that the invitations agree with them.
   */
  public BackchannelReport analyseApplications(InterviewScenarios scenarios,
      ApplicantProfile profile, StudentModel student, long seed, LocalDate today) {
    return report(scenarios, profile, student, seed, today, Stage.APPLIED);
  }

  /**
   * The report of an advice's list ({@link #analyseApplications}), programs in the list's order,
   * on the held-out draws the list's chances are reported on ({@link Advisor#holdoutSeed}), so its
   * invitations are those behind the picks' P(interview). O(K·P/T) per evaluation (up to three).
   *
   * @param advice advice from {@link Advisor#advise} on the same set and profile
   */
  public BackchannelReport analyseAdvice(ScenarioSet set, ApplicantProfile profile,
      Advice advice, LocalDate today) {
    StudentModel student = StudentModel.of(profile, set);
    long seed = Advisor.holdoutSeed(advice.seed());
    List<Integer> listed = advice.list().picks().stream().map(p -> p.chance().program())
        .toList();
    return analyseApplications(InterviewScenarios.evaluate(set, student, seed, listed, threads),
        profile, student, seed, today);
  }

  private BackchannelReport report(InterviewScenarios scenarios, ApplicantProfile profile,
      StudentModel student, long seed, LocalDate today, Stage stage) {
    List<ProgramCalls> programs = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      programs.add(programCalls(scenarios, profile, i));
    }
    CycleTimeline timeline = CycleTimeline.containing(today);
    return new BackchannelReport(programs, whatIfs(scenarios, student, seed, stage),
        coverage(scenarios, profile), GUIDANCE, timeline, today,
        timeline.phaseOn(today).orElseThrow());
  }

  private static ProgramCalls programCalls(InterviewScenarios scenarios, ApplicantProfile profile,
      int i) {
    int frameIndex = scenarios.scenarios().frameIndex(scenarios.program(i));
    Program program = scenarios.scenarios().frame().program(frameIndex);
    int k0 = scenarios.scenarioCount();
    int withCall = 0;
    Map<CallWindow, Integer> windows = new EnumMap<>(CallWindow.class);
    Map<CallType, Integer> types = new EnumMap<>(CallType.class);
    Map<CallReason, Integer> reasons = new EnumMap<>(CallReason.class);
    Map<String, Integer> drivers = new LinkedHashMap<>();
    double shift = 0;
    for (int k = 0; k < k0; k++) {
      CallLog log = scenarios.calls(k);
      boolean any = false;
      EnumMap<CallWindow, Boolean> seen = new EnumMap<>(CallWindow.class);
      for (int c = 0; c < log.size(); c++) {
        if (log.program(c) != frameIndex) {
          continue;
        }
        any = true;
        seen.put(CallWindow.valueOf(log.phase(c).name()), true);
        types.merge(log.type(c), 1, Integer::sum);
        reasons.merge(log.reason(c), 1, Integer::sum);
        drivers.merge(driver(log, c, profile, program.acgmeId()), 1, Integer::sum);
      }
      seen.keySet().forEach(w -> windows.merge(w, 1, Integer::sum));
      withCall += any ? 1 : 0;
      shift += scenarios.callShift(k, i);
    }
    Map<CallWindow, Double> byWindow = new EnumMap<>(CallWindow.class);
    windows.forEach((w, n) -> byWindow.put(w, (double) n / k0));
    int position = i;
    Estimate with = share(k0, k -> scenarios.clears(k, position));
    Estimate without = share(k0,
        k -> scenarios.margin(k, position) - scenarios.callShift(k, position) >= 0);
    return new ProgramCalls(program.acgmeId(), program.name(), Estimate.of(withCall, k0),
        byWindow, mode(types), mode(reasons), shift / k0, with, without,
        drivers.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
            .map(Map.Entry::getKey).toList());
  }

  // The tie that carries a call, in words (advocates by name when the profile ties them here).
  private static String driver(CallLog log, int c, ApplicantProfile profile, String programId) {
    String flag = log.reason(c) == CallReason.STRONG_ADVOCACY || log.reason(c) == CallReason.OTHER
        ? "" : " (about your red flag or record)";
    return switch (log.role(c)) {
      case HOME_PD -> "your home school's program director" + flag;
      case ROTATION_SUPERVISOR -> "your away rotation here" + flag;
      case APPLICANT -> "your own message";
      case CHAIR, MENTOR -> advocatesAt(profile, programId).stream().findFirst()
          .map(name -> "your advocate " + name).orElse("your advocate (home or rotation tie)")
          + flag;
    };
  }

  private static List<String> advocatesAt(ApplicantProfile profile, String programId) {
    return profile.advocates().stream().filter(a -> a.programs().contains(programId))
        .map(BackchannelAnalyst::label).toList();
  }

  private static String label(Advocate advocate) {
    return advocate.name().orElse(advocate.role().name().toLowerCase(Locale.ROOT)) + " ("
        + advocate.standing().name().toLowerCase(Locale.ROOT) + " standing)";
  }

  private static <E> E mode(Map<E, Integer> counts) {
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(null);
  }

  private static Estimate share(int scenarios, java.util.function.IntPredicate event) {
    return Estimate.of((int) IntStream.range(0, scenarios).filter(event).count(), scenarios);
  }

  private List<Counterfactual> whatIfs(InterviewScenarios scenarios, StudentModel student,
      long seed, Stage stage) {
    List<Counterfactual> out = new ArrayList<>();
    OutsideApplicantScorer.Applicant a = student.applicant();
    double asIs = matchChance(scenarios, stage);
    if (a.flags() != 0 && a.advocateStanding() < Standing.HIGH.ordinal()) {
      double with = matchChance(withSeniorAdvocate(scenarios, student, seed), stage);
      out.add(new Counterfactual("A red flag and no credible senior advocate: with a"
          + " high-standing advocate who knows each listed program's director", asIs, with,
          with > asIs ? "A senior who knows your work and can explain the flag is worth more than"
              + " any other step here; ask the one who knows you best, not the most famous."
              : "In the model a senior advocate would not change your chances on this list."));
    }
    if (a.flags() != 0 && !a.owned()) {
      double owned = matchChance(evaluate(scenarios, withApplicant(student, a.advocateStanding(),
          a.advocateKnows(), true), seed), stage);
      out.add(new Counterfactual("Owning your red flag (explained, resolved)", asIs, owned,
          "Own it with one consistent story your mentors can repeat."));
    }
    double negative = politeNegative(scenarios, stage);
    if (negative < asIs) {
      out.add(new Counterfactual("The home program's calls turned into a polite negative",
          asIs, negative, "Be reliably low-drama on your home rotations: a polite negative"
              + " from home is what costs most in the model."));
    }
    return out;
  }

  // P(match) with the whole list: some listed cutoff cleared (where invited, when applying).
  private static double matchChance(RankOrderOutcome.Clears clears,
      InterviewScenarios scenarios, Stage stage) {
    RankOrderOutcome.Clears reached = stage == Stage.INTERVIEWED ? clears
        : (k, i) -> scenarios.invited(k, i) && clears.clears(k, i);
    int[] order = IntStream.range(0, scenarios.size()).toArray();
    return (double) IntStream.range(0, scenarios.scenarioCount())
        .filter(k -> RankOrderOutcome.matched(reached, k, order) >= 0).count()
        / scenarios.scenarioCount();
  }

  private static double matchChance(InterviewScenarios scenarios, Stage stage) {
    return matchChance(scenarios::clears, scenarios, stage);
  }

  // Home-PD calls replaced by the model's polite negative, on the rank score (invitations as
  // simulated).
  private static double politeNegative(InterviewScenarios scenarios, Stage stage) {
    MarketParameters p = scenarios.scenarios().parameters();
    double negative = -p.callEffectSize() * p.standingMultiplier(Standing.MID);
    double[][] change = new double[scenarios.scenarioCount()][scenarios.size()];
    for (int k = 0; k < change.length; k++) {
      CallLog log = scenarios.calls(k);
      for (int c = 0; c < log.size(); c++) {
        if (log.role(c) != CallerRole.HOME_PD) {
          continue;
        }
        for (int i = 0; i < scenarios.size(); i++) {
          if (scenarios.scenarios().frameIndex(scenarios.program(i)) == log.program(c)) {
            change[k][i] += p.wBackchannel() * (negative - log.effect(c));
          }
        }
      }
    }
    return matchChance((k, i) -> scenarios.margin(k, i) + change[k][i] >= 0, scenarios, stage);
  }

  private InterviewScenarios withSeniorAdvocate(InterviewScenarios scenarios,
      StudentModel student, long seed) {
    int[] knows = IntStream.concat(IntStream.of(student.applicant().advocateKnows()),
        IntStream.range(0, scenarios.size())
            .map(i -> scenarios.scenarios().frameIndex(scenarios.program(i)))).toArray();
    return evaluate(scenarios, withApplicant(student, Standing.HIGH.ordinal(), knows,
        student.applicant().owned()), seed);
  }

  private InterviewScenarios evaluate(InterviewScenarios scenarios, StudentModel student,
      long seed) {
    List<Integer> listed = IntStream.range(0, scenarios.size()).map(scenarios::program).boxed()
        .toList();
    return InterviewScenarios.evaluate(scenarios.scenarios(), student, seed, listed, threads);
  }

  private static StudentModel withApplicant(StudentModel student, int standing, int[] knows,
      boolean owned) {
    OutsideApplicantScorer.Applicant a = student.applicant();
    return new StudentModel(new OutsideApplicantScorer.Applicant(a.type(), a.specialty(),
        a.step2(), a.step1Attempts(), a.research(), a.letters(), a.flags(), owned,
        a.institution(), a.region(), a.rotations(), standing, knows), student.reliability(),
        student.step2Pending());
  }

  private static List<BackchannelReport.AdvocateCoverage> coverage(
      InterviewScenarios scenarios, ApplicantProfile profile) {
    List<BackchannelReport.AdvocateCoverage> out = new ArrayList<>();
    for (Advocate advocate : profile.advocates()) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < scenarios.size(); i++) {
        Program program = scenarios.scenarios().frame()
            .program(scenarios.scenarios().frameIndex(scenarios.program(i)));
        if (advocate.programs().contains(program.acgmeId())) {
          names.add(program.name());
        }
      }
      out.add(new BackchannelReport.AdvocateCoverage(label(advocate), names));
    }
    return out;
  }
}
