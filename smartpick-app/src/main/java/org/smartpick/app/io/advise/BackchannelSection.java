package org.smartpick.app.io.advise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartpick.engine.advise.Estimate;
import org.smartpick.engine.advise.PhaseWindow;
import org.smartpick.engine.advise.backchannel.BackchannelReport;
import org.smartpick.engine.advise.backchannel.Counterfactual;
import org.smartpick.engine.advise.backchannel.ProgramCalls;

/**
 * The {@code backchannel} section of the {@code ranklist} and {@code advise} reports as JSON
 * (shape in docs/advise.md) and as text or Markdown. For an application list, each program also
 * carries P(interview) (the calls after interviews and P(clearing the cutoff) only matter if
 * invited). Stateless.
 */
final class BackchannelSection {
  private BackchannelSection() {
  }

  /**
   * The JSON object of a report.
   *
   * @param interviews P(interview) by program id; empty after interviews (the rank list)
   */
  static Map<String, Object> json(BackchannelReport report, Map<String, Estimate> interviews) {
    Map<String, Object> root = new LinkedHashMap<>();
    List<Object> programs = new ArrayList<>();
    for (ProgramCalls c : report.programs()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("name", c.name());
      if (interviews.containsKey(c.id())) {
        m.put("interview", AdviceReport.estimate(interviews.get(c.id())));
      }
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

  /**
   * The report as plain text (or Markdown headings).
   *
   * @param interviews P(interview) by program id; empty after interviews (the rank list)
   */
  static String text(BackchannelReport r, Map<String, Estimate> interviews, boolean markdown) {
    String h = markdown ? "## " : "";
    StringBuilder b = new StringBuilder();
    b.append(h).append("Backchannel: calls about you\n");
    if (!interviews.isEmpty()) {
      b.append("(calls after interviews and clearing the cutoff count only if invited)\n");
    }
    for (ProgramCalls c : r.programs()) {
      String interview = interviews.containsKey(c.id())
          ? "interview " + AdviceReport.pct(interviews.get(c.id())) + "; " : "";
      b.append(String.format(Locale.ROOT, "  %-56.56s  %sa call %s; %s%s%n", c.name(),
          interview, AdviceReport.pct(c.anyCall()), c.type() == null ? "mostly never discussed"
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
