package org.smartpick.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.smartpick.app.service.jobs.JobProgress;
import org.smartpick.engine.advise.Advice;
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

/** The advise use case: deterministic, cached within its bound, cancellable. */
class AdviceServiceTest {
  private static final ProgramCatalog CATALOG = ProgramCatalog.bundled();
  private static final int K = 6;

  private static ApplicantProfile derm(int step2) {
    return new ApplicantProfile(CATALOG.requireSpecialty("Dermatology"), Optional.empty(),
        ApplicantType.US_MD_SENIOR, Step2Score.of(step2), 1, 10,
        new ClassStanding(Quartile.SECOND, false, 2), List.of(),
        new HomeSchool("Home U", Optional.of(UsState.TX), List.of()), List.of(), List.of(),
        List.of(), new Geography(Optional.of(UsState.TX), List.of(), List.of(), List.of(),
            List.of()),
        Preferences.BALANCED, new Budget(OptionalInt.of(15), OptionalInt.empty()), 3,
        Optional.empty());
  }

  private static AdviceService service(ScenarioCache cache) {
    return new AdviceService(cache, MarketParameters.fitted(), ErasFees.bundled());
  }

  /** Records what the service reports; cancels after {@code cancelAfter} reports (−1: never). */
  private static final class Recorder implements JobProgress {
    final List<String> messages = new CopyOnWriteArrayList<>();
    private final int cancelAfter;

    Recorder(int cancelAfter) {
      this.cancelAfter = cancelAfter;
    }

    @Override
    public void report(double fraction, String message) {
      assertThat(fraction).isBetween(0.0, 1.0);
      messages.add(message);
    }

    @Override
    public boolean cancelRequested() {
      return cancelAfter >= 0 && messages.size() >= cancelAfter;
    }
  }

  @Test
  void sameRequestGivesTheSameAdviceForAnyThreadCountCachedOrNot() {
    ScenarioCache cache = new ScenarioCache(2);
    AdviceService.Result first = service(cache).advise(new AdviceRequest(derm(250), K, 21, 1),
        new Recorder(-1));
    AdviceService.Result again = service(cache).advise(new AdviceRequest(derm(250), K, 21, 2),
        new Recorder(-1));
    LocalDate today = LocalDate.of(2025, 11, 3);
    AdviceService.Result fresh = service(new ScenarioCache(1)).advise(
        new AdviceRequest(derm(250), K, 21, 2), today, new Recorder(-1));
    AdviceService.Result sameDay = service(cache).advise(new AdviceRequest(derm(250), K, 21, 1),
        today, new Recorder(-1));
    assertThat(first.scenariosCached()).isFalse();
    assertThat(again.scenariosCached()).isTrue();
    assertThat(again.scenarioSeconds()).isZero();
    Advice a = first.advice();
    assertThat(again.advice()).isEqualTo(a);
    assertThat(fresh.advice()).isEqualTo(a);
    assertThat(a.caveats()).anyMatch(c -> c.contains("not yet fully calibrated"));
    assertThat(sameDay.backchannel().programs()).isEqualTo(fresh.backchannel().programs());
    assertThat(sameDay.backchannel().whatIfs()).isEqualTo(fresh.backchannel().whatIfs());
    assertThat(fresh.backchannel().today()).isEqualTo(today);
    assertThat(fresh.backchannel().programs()).hasSize(a.list().picks().size());
  }

  @Test
  void theCacheKeepsAtMostItsCapacityLeastRecentlyUsedOut() {
    ScenarioSet set = ScenarioSet.build("Dermatology", MarketParameters.fitted(), 1, 1, 1,
        (d, t) -> { }, () -> false);
    ScenarioCache cache = new ScenarioCache(2);
    MarketParameters p = MarketParameters.fitted();
    ScenarioCache.Key a = new ScenarioCache.Key("Dermatology", p, 1, 1);
    ScenarioCache.Key b = new ScenarioCache.Key("Dermatology", p, 2, 1);
    ScenarioCache.Key c = new ScenarioCache.Key("Dermatology", p, 3, 1);
    cache.put(a, set);
    cache.put(b, set);
    assertThat(cache.get(a)).isPresent();
    cache.put(c, set);
    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.get(b)).as("least recently used").isEmpty();
    assertThat(cache.get(a)).isPresent();
    assertThat(cache.get(c)).isPresent();
    assertThatThrownBy(() -> new ScenarioCache(0)).hasMessageContaining("capacity")
        .hasMessageContaining("0");
  }

  @Test
  void cancellingStopsTheScenariosAndCachesNothing() {
    ScenarioCache cache = new ScenarioCache(2);
    Recorder cancelSoon = new Recorder(1);
    assertThatThrownBy(() -> service(cache).advise(new AdviceRequest(derm(250), 40, 5, 1),
        cancelSoon)).isInstanceOf(CancellationException.class);
    assertThat(cancelSoon.messages.size()).isLessThan(40);
    assertThat(cache.size()).isZero();
  }

  @Test
  void badRequestsNameTheField() {
    assertThatThrownBy(() -> new AdviceRequest(derm(250), 0, 1, 1))
        .isInstanceOf(InvalidInputException.class).hasMessage("scenarios: must be at least 1, was 0");
    assertThatThrownBy(() -> new AdviceRequest(derm(250), 5, 1, 0))
        .isInstanceOf(InvalidInputException.class).hasMessage("threads: must be at least 1, was 0");
  }
}
