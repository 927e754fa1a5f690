package org.smartpick.engine.advise.backchannel;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.smartpick.engine.advise.CycleTimeline;
import org.smartpick.engine.advise.PhaseWindow;

/**
 * The backchannel report for a student's list: per program the calls the model places about them
 * ({@link ProgramCalls}), what-ifs on the same scenarios ({@link Counterfactual}), which advocate
 * covers which programs, guidance that always holds, and the cycle timeline with today placed on
 * it. Built by {@link BackchannelAnalyst}. Immutable.
 *
 * @param programs per program of the list, in list order
 * @param whatIfs counterfactuals that apply to this profile
 * @param coverage per advocate: who, and the listed programs they are tied to
 * @param guidance always-true guidance (seed notes), phrased as guidance
 * @param timeline the cycle containing {@code today}
 * @param today the date the report was made for
 * @param todayPhase the phase {@code today} falls in
 */
public record BackchannelReport(List<ProgramCalls> programs, List<Counterfactual> whatIfs,
    List<AdvocateCoverage> coverage, List<String> guidance, CycleTimeline timeline,
    LocalDate today, PhaseWindow todayPhase) {
  public BackchannelReport {
    programs = List.copyOf(programs);
    whatIfs = List.copyOf(whatIfs);
    coverage = List.copyOf(coverage);
    guidance = List.copyOf(guidance);
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(todayPhase, "todayPhase");
  }

  /**
   * One advocate's reach on the list.
   *
   * @param advocate name (or role when unnamed) and standing
   * @param programs names of the listed programs they are tied to
   */
  public record AdvocateCoverage(String advocate, List<String> programs) {
    public AdvocateCoverage {
      Objects.requireNonNull(advocate, "advocate");
      programs = List.copyOf(programs);
    }
  }
}
