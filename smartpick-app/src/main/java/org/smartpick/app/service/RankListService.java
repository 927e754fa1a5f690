package org.smartpick.app.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.smartpick.app.io.profile.InterviewList;
import org.smartpick.app.service.jobs.JobProgress;
import org.smartpick.engine.advise.Advisor;
import org.smartpick.engine.advise.InterviewScenarios;
import org.smartpick.engine.advise.ScenarioSet;
import org.smartpick.engine.advise.StudentModel;
import org.smartpick.engine.advise.backchannel.BackchannelAnalyst;
import org.smartpick.engine.advise.backchannel.BackchannelReport;
import org.smartpick.engine.advise.rank.RankListAdvice;
import org.smartpick.engine.advise.rank.RankListAdvisor;

/**
 * The rank-list use case shared by {@code smartpick ranklist} and the web: the profile and the
 * interviews in, {@link RankListAdvice} and the {@link BackchannelReport} of the list out, on the
 * same scenarios as {@link AdviceService} (its cache) and the same student draws
 * ({@link Advisor#studentSeed}). Same request ⇒ same result for any thread count. Thread-safe.
 */
public final class RankListService {
  private final AdviceService scenarios;

  public RankListService(AdviceService scenarios) {
    this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
  }

  /**
   * The rank-list advice and backchannel report.
   *
   * @param specialty the simulated specialty
   * @param rankList the rank-list advice
   * @param backchannel the backchannel report of the list
   */
  public record Result(String specialty, RankListAdvice rankList,
      BackchannelReport backchannel) {
    public Result {
      Objects.requireNonNull(rankList, "rankList");
      Objects.requireNonNull(backchannel, "backchannel");
    }
  }

  /**
   * Advises on the list.
   *
   * @param today the date placed on the cycle timeline
   * @throws InvalidInputException naming {@code interviews} when a program is not simulated
   */
  public Result advise(AdviceRequest request, InterviewList interviews, LocalDate today,
      JobProgress progress) {
    ScenarioSet set = scenarios.scenarios(request, progress);
    List<Integer> listed = new ArrayList<>();
    for (String id : interviews.programIds()) {
      listed.add(localIndex(set, id));
    }
    StudentModel student = StudentModel.of(request.profile(), set);
    long seed = Advisor.studentSeed(request.seed());
    InterviewScenarios evaluated = InterviewScenarios.evaluate(set, student, seed, listed,
        request.threads());
    RankListAdvice advice = new RankListAdvisor().advise(evaluated, interviews.signals(),
        set.contiguousRanks(), request.profile().couplePartner().isPresent());
    BackchannelReport report = new BackchannelAnalyst(request.threads()).analyse(evaluated,
        request.profile(), student, seed, today);
    progress.report(1, "done");
    return new Result(set.specialtyFrame().name(), advice, report);
  }

  private static int localIndex(ScenarioSet set, String id) {
    for (int j = 0; j < set.programCount(); j++) {
      if (set.frame().program(set.frameIndex(j)).acgmeId().equals(id)) {
        return j;
      }
    }
    throw new InvalidInputException("interviews", "program " + id + " is not in the simulated "
        + set.specialtyFrame().name() + " market");
  }
}
