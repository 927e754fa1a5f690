package org.smartpick.app.io.advise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartpick.app.service.RankListService;
import org.smartpick.engine.advise.Advisor;
import org.smartpick.engine.advise.PhaseWindow;
import org.smartpick.engine.advise.backchannel.BackchannelReport;
import org.smartpick.engine.advise.backchannel.Counterfactual;
import org.smartpick.engine.advise.backchannel.ProgramCalls;
import org.smartpick.engine.advise.rank.InterviewSignal;
import org.smartpick.engine.advise.rank.RankChance;
import org.smartpick.engine.advise.rank.RankListAdvice;
import org.smartpick.engine.advise.rank.StrategyCheck;

/**
 * Writes {@code smartpick ranklist} results as JSON (shape in docs/advise.md), a readable table or
 * Markdown. Stateless.
 */
public final class RankListReport {
  /** Said next to the strategy-proofness demonstration. */
  public static final String HONESTY_NOTE = "With applicant-proposing matching, ranking in your"
      + " true order is never worse than any other order, whatever the programs do; couples are"
      + " the exception.";
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private RankListReport() {
  }

  /** Run facts printed with every format. */
  public record Run(long seed, int scenarios) {
  }

  /** The JSON document. */
  public static String json(Run run, RankListService.Result result) {
    RankListAdvice a = result.rankList();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("specialty", result.specialty());
    root.put("seed", run.seed());
    root.put("scenarios", run.scenarios());
    root.put("caveats", List.of(Advisor.MODEL_CAVEAT));
    Map<String, Object> rank = new LinkedHashMap<>();
    List<Object> ranks = new ArrayList<>();
    for (RankChance r : a.ranks()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rank", r.rank());
      m.put("id", r.id());
      m.put("name", r.name());
      m.put("clearsCutoffBeforeSignals", AdviceReport.estimate(r.clearsBefore()));
      m.put("clearsCutoff", AdviceReport.estimate(r.clears()));
      m.put("matchHere", AdviceReport.estimate(r.matchHere()));
      m.put("signals", r.signals().stream().map(RankListReport::signalName).toList());
      ranks.add(m);
    }
    rank.put("ranks", ranks);
    rank.put("unmatched", AdviceReport.estimate(a.unmatched()));
    rank.put("expectedRank", Double.isNaN(a.expectedRank()) ? null : a.expectedRank());
    rank.put("modelMatchChanceForThisManyRanks",
        Double.isNaN(a.modelMatchChance()) ? null : a.modelMatchChance());
    rank.put("effectiveScenarios", a.effectiveScenarios());
    rank.put("warnings", a.warnings());
    StrategyCheck s = a.strategy();
    Map<String, Object> strategy = new LinkedHashMap<>();
    strategy.put("honestExpectedUtility", s.honestUtility());
    strategy.put("bestAlternative", s.bestAlternative().stream()
        .map(i -> a.ranks().get(i).id()).toList());
    strategy.put("bestAlternativeExpectedUtility", s.bestAlternativeUtility());
    strategy.put("alternativesTried", s.alternativesTried());
    strategy.put("alternativesWorseSomewhere", s.worseSomewhere());
    strategy.put("honestDominates", s.dominated());
    strategy.put("note", HONESTY_NOTE);
    rank.put("strategyProofness", strategy);
    root.put("rankList", rank);
    root.put("backchannel", backchannel(result.backchannel()));
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> backchannel(BackchannelReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    List<Object> programs = new ArrayList<>();
    for (ProgramCalls c : report.programs()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("name", c.name());
      m.put("anyCall", AdviceReport.estimate(c.anyCall()));
      Map<String, Object> windows = new LinkedHashMap<>();
      c.byWindow().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> windows.put(e.getKey().name(), e.getValue()));
      m.put("byWindow", windows);
      m.put("type", c.type() == null ? null : c.type().name());
      m.put("reason", c.reason() == null ? null : c.reason().name());
      m.put("meanRankScoreShift", c.meanShift());
      m.put("clearsWithCalls", AdviceReport.estimate(c.clearsWithCalls()));
      m.put("clearsWithoutCalls", AdviceReport.estimate(c.clearsWithoutCalls()));
      m.put("drivers", c.drivers());
      programs.add(m);
    }
    root.put("programs", programs);
    List<Object> whatIfs = new ArrayList<>();
    for (Counterfactual w : report.whatIfs()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("title", w.title());
      m.put("matchAsIs", w.matchAsIs());
      m.put("matchChanged", w.matchChanged());
      m.put("advice", w.advice());
      whatIfs.add(m);
    }
    root.put("whatIfs", whatIfs);
    List<Object> coverage = new ArrayList<>();
    for (BackchannelReport.AdvocateCoverage c : report.coverage()) {
      coverage.add(Map.of("advocate", c.advocate(), "programs", c.programs()));
    }
    root.put("coverage", coverage);
    root.put("guidance", report.guidance());
    root.put("today", report.today().toString());
    root.put("todayPhase", report.todayPhase().phase().name());
    List<Object> timeline = new ArrayList<>();
    for (PhaseWindow w : report.timeline().windows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("phase", w.phase().name());
      m.put("label", w.phase().label());
      m.put("start", w.start().toString());
      m.put("end", w.end().toString());
      m.put("whatHappens", w.phase().whatHappens());
      timeline.add(m);
    }
    root.put("timeline", timeline);
    return root;
  }

  /** The signal's name as written in an interviews file. */
  public static String signalName(InterviewSignal signal) {
    return signal.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A plain-text (or Markdown) report. */
  public static String text(Run run, RankListService.Result result, boolean markdown) {
    RankListAdvice a = result.rankList();
    String h = markdown ? "## " : "";
    StringBuilder b = new StringBuilder();
    b.append(markdown ? "# " : "").append("SmartPick rank list: ").append(result.specialty())
        .append(" (").append(run.scenarios()).append(" scenarios, seed ").append(run.seed())
        .append(")\n\n").append(markdown ? "> " : "Note: ").append(Advisor.MODEL_CAVEAT)
        .append("\n\n");
    for (RankChance r : a.ranks()) {
      b.append(String.format(Locale.ROOT, "  %2d  %-56.56s  match here %s  clears cutoff %s%s%n",
          r.rank(), r.name(), AdviceReport.pct(r.matchHere()), AdviceReport.pct(r.clears()),
          r.signals().isEmpty() ? "" : "  (" + String.join(", ", r.signals().stream()
              .map(InterviewSignal::description).toList()) + ")"));
    }
    b.append(String.format(Locale.ROOT, "%nP(unmatched) %s; expected rank matched %.2f%n",
        AdviceReport.pct(a.unmatched()), a.expectedRank()));
    for (String w : a.warnings()) {
      b.append("Warning: ").append(w).append('\n');
    }
    StrategyCheck s = a.strategy();
    b.append('\n').append(h).append("Honesty check on your list\n").append(String.format(
        Locale.ROOT, "Your order: expected utility %.3f. Best of %d reordered lists: %.3f (%s)."
            + " %d of them are worse in some scenario; your order dominates every one: %s.%n",
        s.honestUtility(), s.alternativesTried(), s.bestAlternativeUtility(),
        String.join(" > ", s.bestAlternative().stream().map(i -> a.ranks().get(i).id())
            .toList()), s.worseSomewhere(), s.dominated() ? "yes" : "no"))
        .append(HONESTY_NOTE).append("\n\n");
    BackchannelReport r = result.backchannel();
    b.append(h).append("Backchannel: calls about you\n");
    for (ProgramCalls c : r.programs()) {
      b.append(String.format(Locale.ROOT, "  %-56.56s  a call %s; %s%s%n", c.name(),
          AdviceReport.pct(c.anyCall()), c.type() == null ? "mostly never discussed"
              : c.type().name().toLowerCase(Locale.ROOT) + " about "
                  + c.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '),
          c.drivers().isEmpty() ? "" : "; via " + c.drivers().get(0)));
    }
    for (Counterfactual w : r.whatIfs()) {
      b.append(String.format(Locale.ROOT, "What if: %s — P(match) %.0f%% → %.0f%%. %s%n",
          w.title(), 100 * w.matchAsIs(), 100 * w.matchChanged(), w.advice()));
    }
    for (BackchannelReport.AdvocateCoverage c : r.coverage()) {
      b.append("Advocate ").append(c.advocate()).append(" covers: ")
          .append(c.programs().isEmpty() ? "none of these programs" : String.join("; ",
              c.programs())).append('\n');
    }
    b.append('\n').append(h).append("Guidance\n");
    r.guidance().forEach(g -> b.append("  - ").append(g).append('\n'));
    b.append('\n').append(h).append("Cycle timeline (typical dates)\n");
    for (PhaseWindow w : r.timeline().windows()) {
      b.append(String.format(Locale.ROOT, "  %s %s – %s  %s%n",
          w.equals(r.todayPhase()) ? "▶" : " ", w.start(), w.end(), w.phase().label()));
    }
    b.append("Today: ").append(r.today()).append(", ").append(r.todayPhase().phase().label())
        .append('\n');
    return b.toString();
  }
}
