package org.smartpick.app.service;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.smartpick.app.service.jobs.JobProgress;
import org.smartpick.engine.advise.Advice;
import org.smartpick.engine.advise.Advisor;
import org.smartpick.engine.advise.ErasFees;
import org.smartpick.engine.advise.ScenarioSet;
import org.smartpick.engine.advise.backchannel.BackchannelAnalyst;
import org.smartpick.engine.advise.backchannel.BackchannelReport;
import org.smartpick.engine.market.MarketParameters;

/**
 * The advise use case shared by {@code smartpick advise} and the web: a profile in, the engine's
 * {@link Advice} and the {@link BackchannelReport} of its list out. Builds (or takes from the
 * bounded {@link ScenarioCache}) the K scenarios of the profile's specialty, then runs the
 * {@link Advisor} and {@link BackchannelAnalyst#analyseAdvice}. Progress goes to a {@link JobProgress}
 * (scenarios from 0 to 90%, then advice); cancellation is checked before each scenario and between
 * the stages. Same request ⇒ the same advice, for any thread count and whether or not the
 * scenarios were cached. Thread-safe.
 */
public final class AdviceService {
  private static final double SCENARIO_SHARE = 0.9;

  private final ScenarioCache cache;
  private final MarketParameters parameters;
  private final ErasFees fees;

  /** A service on the given cache, market parameters and fee schedule. */
  public AdviceService(ScenarioCache cache, MarketParameters parameters, ErasFees fees) {
    this.cache = Objects.requireNonNull(cache, "cache");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.fees = Objects.requireNonNull(fees, "fees");
  }

  /**
   * The advice with how long each part took.
   *
   * @param advice the engine's advice
   * @param scenarioSeconds time to build the scenarios (0 when cached)
   * @param adviceSeconds time for chances, list, signals and the backchannel report
   * @param scenariosCached true when the scenarios came from the cache
   * @param backchannel the backchannel report of the advised list (application time)
   */
  public record Result(Advice advice, double scenarioSeconds, double adviceSeconds,
      boolean scenariosCached, BackchannelReport backchannel) {
    public Result {
      Objects.requireNonNull(advice, "advice");
      Objects.requireNonNull(backchannel, "backchannel");
    }
  }

  /**
   * Advises on a request, with today's date (the system clock, read once) on the timeline.
   *
   * @throws InvalidInputException naming {@code specialty} when the market model cannot simulate it
   * @throws java.util.concurrent.CancellationException when the progress asked to cancel
   */
  public Result advise(AdviceRequest request, JobProgress progress) {
    return advise(request, LocalDate.now(), progress);
  }

  /**
   * Advises on a request, placing {@code today} on the backchannel report's cycle timeline.
   *
   * @throws InvalidInputException naming {@code specialty} when the market model cannot simulate it
   * @throws java.util.concurrent.CancellationException when the progress asked to cancel
   */
  public Result advise(AdviceRequest request, LocalDate today, JobProgress progress) {
    long start = System.nanoTime();
    Optional<ScenarioSet> hit = cache.get(key(request));
    ScenarioSet set = scenarios(request, progress);
    long built = System.nanoTime();
    progress.report(SCENARIO_SHARE, "advice");
    Advice advice = new Advisor(request.threads(), fees).advise(set, request.profile(),
        request.seed());
    progress.checkCancelled();
    BackchannelReport backchannel = new BackchannelAnalyst(request.threads())
        .analyseAdvice(set, request.profile(), advice, today);
    progress.report(1, "done");
    return new Result(advice, hit.isPresent() ? 0 : (built - start) / 1e9,
        (System.nanoTime() - built) / 1e9, hit.isPresent(), backchannel);
  }

  /**
   * The request's scenario set, from the cache or built (progress 0 to 90%); shared by every use
   * case that works on the scenarios (advice, rank list).
   *
   * @throws InvalidInputException naming {@code specialty} when the market model cannot simulate it
   */
  public ScenarioSet scenarios(AdviceRequest request, JobProgress progress) {
    ScenarioCache.Key key = key(request);
    ScenarioSet set = cache.get(key).orElseGet(() -> build(key, request.threads(), progress));
    progress.checkCancelled();
    return set;
  }

  private ScenarioCache.Key key(AdviceRequest request) {
    return new ScenarioCache.Key(request.profile().specialty().name(), parameters,
        request.seed(), request.scenarios());
  }

  private ScenarioSet build(ScenarioCache.Key key, int threads, JobProgress progress) {
    ScenarioSet set;
    try {
      set = ScenarioSet.build(key.specialty(), key.parameters(), key.seed(), key.scenarios(),
          threads, (done, total) -> progress.report(SCENARIO_SHARE * done / total,
              "scenarios " + done + "/" + total), progress::cancelRequested);
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInputException("specialty", unknown.getMessage());
    }
    cache.put(key, set);
    return set;
  }
}
