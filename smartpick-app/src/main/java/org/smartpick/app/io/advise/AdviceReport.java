package org.smartpick.app.io.advise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartpick.app.service.AdviceService;
import org.smartpick.engine.advise.Advice;
import org.smartpick.engine.advise.ApplicationAdvice;
import org.smartpick.engine.advise.Chances;
import org.smartpick.engine.advise.Estimate;
import org.smartpick.engine.advise.Explanation;

/**
 * Writes {@code smartpick advise} results as a readable table, Markdown, or JSON (the JSON shape
 * is documented in docs/advise.md), with the list's backchannel report
 * ({@link BackchannelSection}). Stateless.
 */
public final class AdviceReport {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private AdviceReport() {
  }

  /** The JSON document. */
  public static String json(AdviceService.Result result) {
    Advice advice = result.advice();
    ApplicationAdvice list = advice.list();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("specialty", advice.specialty());
    root.put("seed", advice.seed());
    root.put("scenarios", advice.scenarios());
    root.put("caveats", advice.caveats());
    root.put("budget", list.budget());
    root.put("budgetSource", list.budgetSource());
    root.put("matchChance", estimate(list.matchChance()));
    root.put("matchChanceWithoutSignals", estimate(list.matchChanceWithoutSignals()));
    root.put("expectedUtility", list.expectedUtility());
    root.put("optimizedValue", list.optimizedValue());
    root.put("upperBound", list.upperBound());
    root.put("certifiedGap", list.gap());
    root.put("expectedInterviews", list.expectedInterviews());
    List<Object> picks = new ArrayList<>();
    for (ApplicationAdvice.Pick pick : list.picks()) {
      Chances.ProgramChance c = pick.chance();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("order", pick.order());
      m.put("id", c.id());
      m.put("name", c.name());
      m.put("state", c.state());
      m.put("group", pick.group().name().toLowerCase(Locale.ROOT));
      m.put("utility", pick.utility());
      m.put("signal", pick.signal().map(t -> t.name().toLowerCase(Locale.ROOT)).orElse(null));
      m.put("interview", estimate(c.interview()));
      m.put("interviewWithSignal", estimate(c.interviewWithSignal()));
      m.put("match", estimate(c.match()));
      m.put("interviewWhy", explanation(c.interviewWhy()));
      m.put("matchWhy", explanation(c.matchWhy()));
      picks.add(m);
    }
    root.put("picks", picks);
    Map<String, Object> signals = new LinkedHashMap<>();
    signals.put("available", list.signals().available());
    signals.put("used", list.signals().choices().size());
    signals.put("note", list.signals().note());
    root.put("signals", signals);
    List<Object> curve = new ArrayList<>();
    for (ApplicationAdvice.CurvePoint point : list.curve()) {
      curve.add(Map.of("applications", point.applications(), "matchChance",
          point.matchChance(), "expectedUtility", point.expectedUtility()));
    }
    root.put("curve", curve);
    List<Object> comparisons = new ArrayList<>();
    for (ApplicationAdvice.Comparison c : list.comparisons()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("strategy", c.strategy());
      m.put("applications", c.applications());
      m.put("matchChance", c.matchChance());
      m.put("expectedUtility", c.expectedUtility());
      comparisons.add(m);
    }
    root.put("comparisons", comparisons);
    root.put("backchannel", BackchannelSection.json(result.backchannel(), plannedInterviews(list)));
    root.put("timing", Map.of("scenarioSeconds", result.scenarioSeconds(), "adviceSeconds",
        result.adviceSeconds(), "scenariosCached", result.scenariosCached()));
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** P(interview) per listed program id as planned: with a signal where one is planned. */
  public static Map<String, Estimate> plannedInterviews(ApplicationAdvice list) {
    Map<String, Estimate> m = new LinkedHashMap<>();
    for (ApplicationAdvice.Pick pick : list.picks()) {
      Chances.ProgramChance c = pick.chance();
      m.put(c.id(), pick.signal().isPresent() ? c.interviewWithSignal() : c.interview());
    }
    return m;
  }

  static Map<String, Object> estimate(Estimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("p", e.p());
    m.put("low", e.low());
    m.put("high", e.high());
    return m;
  }

  private static Map<String, Object> explanation(Explanation e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("summary", e.summary());
    m.put("factors", e.factors().stream().map(Explanation.Factor::text).toList());
    return m;
  }

  /** A plain-text (or Markdown) report. */
  public static String text(AdviceService.Result result, boolean markdown) {
    Advice advice = result.advice();
    ApplicationAdvice list = advice.list();
    StringBuilder b = new StringBuilder();
    String h = markdown ? "## " : "";
    b.append(markdown ? "# " : "").append("SmartPick advice: ").append(advice.specialty())
        .append(" (").append(advice.scenarios()).append(" scenarios, seed ")
        .append(advice.seed())
        .append(")\n\n");
    for (String caveat : advice.caveats()) {
      b.append(markdown ? "> " : "Note: ").append(caveat).append('\n');
    }
    b.append('\n');
    b.append(String.format(Locale.ROOT, "P(match) with this list: %s (without signals %s)%n",
        pct(list.matchChance()), pct(list.matchChanceWithoutSignals())));
    b.append(String.format(Locale.ROOT, "Signals: %d of %d used; %s%n",
        list.signals().choices().size(), list.signals().available(), list.signals().note()));
    b.append(String.format(Locale.ROOT, "Applications: %d of %d allowed (%s); expected"
        + " interviews %.1f%n", list.picks().size(), list.budget(), list.budgetSource(),
        list.expectedInterviews()));
    b.append(String.format(Locale.ROOT, "Expected utility %.3f on held-out draws; optimized"
        + " objective %.3f, certified bound %.3f (gap %.3f)%n%n", list.expectedUtility(),
        list.optimizedValue(), list.upperBound(), list.gap()));
    for (ApplicationAdvice.Group group : ApplicationAdvice.Group.values()) {
      List<ApplicationAdvice.Pick> in = list.picks().stream().filter(p -> p.group() == group)
          .toList();
      b.append(h).append(group.name().charAt(0)).append(group.name().substring(1)
          .toLowerCase(Locale.ROOT)).append(" (").append(in.size()).append(")\n");
      if (markdown) {
        b.append("\n| # | program | state | signal | P(interview) | with signal | P(match here)"
            + " | why |\n|---|---|---|---|---|---|---|---|\n");
      }
      for (ApplicationAdvice.Pick pick : in) {
        Chances.ProgramChance c = pick.chance();
        String why = c.interviewWhy().factors().get(0).text();
        String signal = pick.signal().map(t -> t.name().toLowerCase(Locale.ROOT)).orElse("-");
        if (markdown) {
          b.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s | %s |%n",
              pick.order(), c.name(), c.state(), signal, pct(c.interview()),
              pct(c.interviewWithSignal()), pct(c.match()), why));
        } else {
          b.append(String.format(Locale.ROOT, "  %2d  %-58.58s %-2s %-6s interview %s  with"
              + " signal %s  match %s%n        %s%n", pick.order(), c.name(), c.state(), signal,
              pct(c.interview()), pct(c.interviewWithSignal()), pct(c.match()), why));
        }
      }
      b.append('\n');
    }
    b.append(h).append("Diminishing returns: P(match) vs applications\n");
    for (ApplicationAdvice.CurvePoint point : list.curve()) {
      b.append(String.format(Locale.ROOT, "  %3d  %5.1f%%  %s%n", point.applications(),
          100 * point.matchChance(), "#".repeat((int) Math.round(40 * point.matchChance()))));
    }
    b.append('\n').append(h).append("Compared on the same scenarios\n");
    for (ApplicationAdvice.Comparison c : list.comparisons()) {
      b.append(String.format(Locale.ROOT, "  %-26s %3d applications  P(match) %5.1f%%"
          + "  expected utility %.3f%n", c.strategy(), c.applications(), 100 * c.matchChance(),
          c.expectedUtility()));
    }
    b.append('\n').append(BackchannelSection.text(result.backchannel(), plannedInterviews(list),
        markdown));
    return b.toString();
  }

  /** A percentage with its 95% interval, e.g. " 42% [30–55]". */
  public static String pct(Estimate e) {
    return String.format(Locale.ROOT, "%3.0f%% [%.0f–%.0f]", 100 * e.p(), 100 * e.low(),
        100 * e.high());
  }
}
