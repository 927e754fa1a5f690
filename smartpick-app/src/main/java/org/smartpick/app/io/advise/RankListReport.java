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
    root.put("backchannel", BackchannelSection.json(result.backchannel(), Map.of()));
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
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
    b.append(BackchannelSection.text(result.backchannel(), Map.of(), markdown));
    return b.toString();
  }
}
