package org.smartpick.app.io.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartpick.app.io.advise.AdviceReport;
import org.smartpick.app.service.AdviceService;
import org.smartpick.app.service.RankListService;
import org.smartpick.engine.advise.Advice;
import org.smartpick.engine.advise.Advisor;
import org.smartpick.engine.advise.ApplicationAdvice;
import org.smartpick.engine.advise.Chances;
import org.smartpick.engine.advise.Estimate;
import org.smartpick.engine.advise.PhaseWindow;
import org.smartpick.engine.advise.backchannel.BackchannelReport;
import org.smartpick.engine.advise.backchannel.Counterfactual;
import org.smartpick.engine.advise.backchannel.ProgramCalls;
import org.smartpick.engine.advise.rank.RankChance;
import org.smartpick.engine.advise.rank.RankListAdvice;
import org.smartpick.engine.advise.rank.StrategyCheck;

/**
 * Self-contained HTML reports (one file, inline CSS, charts as inline SVG, no script and no
 * external resource, so a strict Content-Security-Policy can serve it): the advice (the
 * diminishing-returns curve and chances per program with intervals) and the rank list (P(match)
 * per rank, the honesty check, the backchannel report and the timeline). Every user string is
 * HTML-escaped. Stateless.
 */
public final class HtmlReport {
  private static final String CSS = "body{font-family:system-ui,sans-serif;max-width:60rem;"
      + "margin:2rem auto;padding:0 1rem;color:#111}table{border-collapse:collapse;width:100%}"
      + "td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;font-size:.9rem}"
      + ".caveat{background:#fef3c7;padding:.6rem;border-radius:.3rem}"
      + ".today{font-weight:bold;background:#dbeafe}svg{max-width:100%;height:auto}";

  private HtmlReport() {
  }

  /** The advice report. */
  public static String advice(AdviceService.Result result) {
    Advice advice = result.advice();
    ApplicationAdvice list = advice.list();
    StringBuilder b = open("SmartPick advice: " + advice.specialty(), advice.scenarios(),
        advice.seed(), advice.caveats());
    b.append("<p>P(match) with this list: <b>").append(pct(list.matchChance()))
        .append("</b> (estimated); ").append(list.picks().size()).append(" applications of ")
        .append(list.budget()).append(" allowed (").append(e(list.budgetSource()))
        .append(").</p>\n<h2>Diminishing returns</h2>\n");
    b.append(SvgCharts.curve("P(match) against the number of applications", list.curve()
        .stream().map(c -> new double[] {c.applications(), c.matchChance()}).toList(),
        "applications", "P(match)", list.budget()));
    b.append("<h2>Chances per program</h2>\n").append(SvgCharts.bars(
        "P(match here if you apply and rank it), with 95% intervals", list.picks().stream()
            .map(p -> bar(p.chance().name(), p.chance().match())).toList()));
    b.append("<table><tr><th>#</th><th>program</th><th>group</th><th>P(interview)</th>"
        + "<th>with signal</th><th>P(match here)</th><th>why</th></tr>\n");
    for (ApplicationAdvice.Pick pick : list.picks()) {
      Chances.ProgramChance c = pick.chance();
      b.append("<tr><td>").append(pick.order()).append("</td><td>").append(e(c.name()))
          .append("</td><td>").append(pick.group().name().toLowerCase(Locale.ROOT))
          .append("</td><td>").append(pct(c.interview())).append("</td><td>")
          .append(pct(c.interviewWithSignal())).append("</td><td>").append(pct(c.match()))
          .append("</td><td>").append(e(c.interviewWhy().factors().get(0).text()))
          .append("</td></tr>\n");
    }
    b.append("</table>\n<h2>Compared on the same scenarios</h2>\n<ul>\n");
    for (ApplicationAdvice.Comparison c : list.comparisons()) {
      b.append(String.format(Locale.ROOT, "<li>%s: P(match) %.0f%%</li>%n", e(c.strategy()),
          100 * c.matchChance()));
    }
    b.append("</ul>\n");
    backchannel(b, result.backchannel(), AdviceReport.plannedInterviews(list));
    return close(b);
  }

  /** The rank-list and backchannel report. */
  public static String rankList(RankListService.Result result, long seed, int scenarios,
      String honestyNote) {
    RankListAdvice a = result.rankList();
    StringBuilder b = open("SmartPick rank list: " + result.specialty(), scenarios, seed,
        List.of(Advisor.MODEL_CAVEAT));
    b.append("<h2>P(match) at each rank</h2>\n").append(SvgCharts.bars(
        "P(you match at each rank of your list), with 95% intervals", a.ranks().stream()
            .map(r -> bar(r.rank() + ". " + r.name(), r.matchHere())).toList()));
    b.append("<p>P(unmatched): <b>").append(pct(a.unmatched())).append("</b>; expected rank"
        + " matched ").append(String.format(Locale.ROOT, "%.2f", a.expectedRank()))
        .append(" (estimated).</p>\n<table><tr><th>rank</th><th>program</th><th>clears its"
            + " cutoff</th><th>match here</th><th>signals</th></tr>\n");
    for (RankChance r : a.ranks()) {
      b.append("<tr><td>").append(r.rank()).append("</td><td>").append(e(r.name()))
          .append("</td><td>").append(pct(r.clears())).append("</td><td>")
          .append(pct(r.matchHere())).append("</td><td>").append(e(String.join("; ", r.signals()
              .stream().map(s -> s.description() + " (×" + s.likelihoodRatio() + ")").toList())))
          .append("</td></tr>\n");
    }
    b.append("</table>\n");
    a.warnings().forEach(w -> b.append("<p class=\"caveat\">").append(e(w)).append("</p>\n"));
    StrategyCheck s = a.strategy();
    b.append("<h2>Honesty check on your list</h2>\n<p>").append(String.format(Locale.ROOT,
        "Your order: expected utility %.3f. Best of %d reordered lists: %.3f. Your order"
            + " dominates every one: %s.", s.honestUtility(), s.alternativesTried(),
        s.bestAlternativeUtility(), s.dominated() ? "yes" : "no")).append(' ')
        .append(e(honestyNote)).append("</p>\n");
    backchannel(b, result.backchannel(), Map.of());
    return close(b);
  }

  // interviews: P(interview) by program id for an application list, empty after interviews.
  private static void backchannel(StringBuilder b, BackchannelReport r,
      Map<String, Estimate> interviews) {
    boolean applying = !interviews.isEmpty();
    b.append("<h2>Backchannel: calls about you</h2>\n");
    if (applying) {
      b.append("<p>Calls after interviews and clearing the cutoff count only where you are"
          + " invited.</p>\n");
    }
    b.append("<table><tr><th>program</th>").append(applying ? "<th>P(interview)</th>" : "")
        .append("<th>a call</th><th>type, reason</th><th>clears cutoff with / without calls"
            + "</th><th>via</th></tr>\n");
    for (ProgramCalls c : r.programs()) {
      b.append("<tr><td>").append(e(c.name())).append("</td><td>")
          .append(applying ? pct(interviews.get(c.id())) + "</td><td>" : "")
          .append(pct(c.anyCall()))
          .append("</td><td>").append(c.type() == null ? "mostly never discussed"
              : e(c.type() + ", " + c.reason())).append("</td><td>")
          .append(pct(c.clearsWithCalls())).append(" / ").append(pct(c.clearsWithoutCalls()))
          .append("</td><td>").append(e(String.join("; ", c.drivers()))).append("</td></tr>\n");
    }
    b.append("</table>\n");
    for (Counterfactual w : r.whatIfs()) {
      b.append("<p><b>What if: ").append(e(w.title())).append("</b> — P(match) ")
          .append(String.format(Locale.ROOT, "%.0f%% → %.0f%%", 100 * w.matchAsIs(),
              100 * w.matchChanged())).append(" (estimated). ").append(e(w.advice()))
          .append("</p>\n");
    }
    for (BackchannelReport.AdvocateCoverage c : r.coverage()) {
      b.append("<p>Advocate ").append(e(c.advocate())).append(" covers: ")
          .append(e(c.programs().isEmpty() ? "none of these programs"
              : String.join("; ", c.programs()))).append("</p>\n");
    }
    b.append("<h2>Guidance</h2>\n<ul>\n");
    r.guidance().forEach(g -> b.append("<li>").append(e(g)).append("</li>\n"));
    b.append("</ul>\n<h2>Cycle timeline (typical dates)</h2>\n<table>\n");
    for (PhaseWindow w : r.timeline().windows()) {
      boolean today = w.equals(r.todayPhase());
      b.append(today ? "<tr class=\"today\">" : "<tr>").append("<td>").append(w.start())
          .append(" – ").append(w.end()).append("</td><td>").append(e(w.phase().label()))
          .append(today ? " (today, " + r.today() + ")" : "").append("</td><td>")
          .append(e(w.phase().whatHappens())).append("</td></tr>\n");
    }
    b.append("</table>\n");
  }

  private static SvgCharts.Bar bar(String label, Estimate estimate) {
    return new SvgCharts.Bar(label, estimate.p(), estimate.low(), estimate.high());
  }

  private static StringBuilder open(String title, int scenarios, long seed,
      List<String> caveats) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head>"
        + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
        + "<title>").append(e(title)).append("</title><style>").append(CSS)
        .append("</style></head><body>\n<h1>").append(e(title)).append("</h1>\n<p>")
        .append(scenarios).append(" scenarios, seed ").append(seed).append("</p>\n");
    caveats.forEach(c -> b.append("<p class=\"caveat\">").append(e(c)).append("</p>\n"));
    return b;
  }

  private static String close(StringBuilder b) {
    return b.append("</body></html>\n").toString();
  }

  private static String pct(Estimate e) {
    return AdviceReport.pct(e).strip();
  }

  private static String e(String text) {
    return Html.escape(text);
  }
}
