package org.smartpick.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.smartpick.app.io.advise.AdviceReport;
import org.smartpick.app.service.AdviceRequest;
import org.smartpick.app.service.AdviceService;
import org.smartpick.app.service.InvalidInputException;
import org.smartpick.app.service.ProfileService;
import org.smartpick.app.service.jobs.JobTask;
import org.smartpick.engine.domain.profile.ApplicantProfile;

/**
 * The {@code advice} job kind: the advise use case on a saved profile, run as a job. Options:
 * {@code scenarios} (1..{@value #MAX_SCENARIOS}, default {@value #DEFAULT_SCENARIOS}) and
 * {@code seed} (any whole number; random when absent, and reported in the result). The result is
 * the {@code smartpick advise --format json} document, saved for the profile (kind
 * {@value #KIND}) before the job succeeds, with {@code profileId} and {@code savedResultId}.
 */
final class AdviceJob {
  /** The kind's name, also the kind of the saved result. */
  static final String KIND = "advice";
  /** Most scenarios one job may ask for. */
  static final int MAX_SCENARIOS = 2000;
  /** Scenarios when the request does not say. */
  static final int DEFAULT_SCENARIOS = 100;
  private static final Set<String> OPTIONS = Set.of("scenarios", "seed");

  private final AdviceService advisor;
  private final ProfileService profiles;
  private final int threads;

  AdviceJob(AdviceService advisor, ProfileService profiles, int threads) {
    this.advisor = advisor;
    this.profiles = profiles;
    this.threads = threads;
  }

  /** {@code POST /api/jobs} with kind {@code advice}: the input names the profile too. */
  JobTask<JsonNode> task(JsonNode input) {
    return ProfileJobs.task(input, this::task);
  }

  /**
   * Checks the profile and the options now and returns the task that advises and saves.
   *
   * @param prefix put before option names in errors ({@code input.} inside a job request)
   * @throws org.smartpick.app.service.NotFoundException when there is no such profile
   * @throws InvalidInputException naming the option, or the document path of a saved profile
   *     that no longer passes its checks
   */
  JobTask<JsonNode> task(String profileId, JsonNode options, String prefix) {
    ProfileJobs.checkOptions(options, OPTIONS, prefix);
    ApplicantProfile applicant = profiles.applicant(profileId);
    int scenarios = (int) whole(options, "scenarios", prefix, 1, MAX_SCENARIOS,
        DEFAULT_SCENARIOS);
    long seed = whole(options, "seed", prefix, Long.MIN_VALUE, Long.MAX_VALUE,
        ThreadLocalRandom.current().nextLong());
    AdviceRequest request = new AdviceRequest(applicant, scenarios, seed, threads);
    return ProfileJobs.saving(profiles, profileId, KIND,
        progress -> advisor.advise(request, progress), AdviceReport::json);
  }

  static long whole(JsonNode options, String name, String prefix, long min, long max,
      long absent) {
    JsonNode value = options.get(name);
    if (value == null || value.isNull()) {
      return absent;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < min
        || value.asLong() > max) {
      throw new InvalidInputException(prefix + name, "'" + value + "' must be a whole number"
          + (min == Long.MIN_VALUE ? "" : " from " + min + " to " + max));
    }
    return value.asLong();
  }
}
