package org.smartpick.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.smartpick.app.io.advise.RankListReport;
import org.smartpick.app.io.profile.InterviewList;
import org.smartpick.app.io.profile.InterviewsReader;
import org.smartpick.app.io.profile.ProfileFormat;
import org.smartpick.app.io.profile.ProfileFormatException;
import org.smartpick.app.io.profile.ProfileProblem;
import org.smartpick.app.service.AdviceRequest;
import org.smartpick.app.service.InvalidInputException;
import org.smartpick.app.service.ProfileService;
import org.smartpick.app.service.RankListService;
import org.smartpick.app.service.jobs.JobTask;
import org.smartpick.engine.domain.profile.ApplicantProfile;

/**
 * The {@code ranklist} job kind: {@link RankListService} on a saved profile and the programs that
 * interviewed the student. Body: {@code rankOrder} (ACGME ids, true order of preference, most
 * preferred first), optional {@code signals} ({@code [{"program", "saw"}]}, as in the
 * {@code smartpick ranklist} interviews file and checked by the same {@link InterviewsReader}),
 * {@code scenarios} (1..{@value AdviceJob#MAX_SCENARIOS}, default
 * {@value AdviceJob#DEFAULT_SCENARIOS}) and {@code seed} (random when absent). The same scenarios
 * and seed as an advice run reuse its cached scenarios. The result is the
 * {@code smartpick ranklist --format json} document, saved for the profile (kind {@value #KIND})
 * before the job succeeds, with {@code profileId} and {@code savedResultId}. Today's date (for the
 * backchannel report's timeline) is read from the server's clock once per request.
 */
final class RankListJob {
  /** The kind's name, also the kind of the saved result. */
  static final String KIND = "ranklist";
  private static final Set<String> INTERVIEW_FIELDS = Set.of("rankOrder", "signals");
  private static final Set<String> OPTIONS = Set.of("rankOrder", "signals", "scenarios", "seed");

  private final RankListService rankLists;
  private final InterviewsReader interviews;
  private final ProfileService profiles;
  private final Clock clock;
  private final int threads;

  RankListJob(RankListService rankLists, InterviewsReader interviews, ProfileService profiles,
      Clock clock, int threads) {
    this.rankLists = rankLists;
    this.interviews = interviews;
    this.profiles = profiles;
    this.clock = clock;
    this.threads = threads;
  }

  /** {@code POST /api/jobs} with kind {@code ranklist}: the input names the profile too. */
  JobTask<JsonNode> task(JsonNode input) {
    return ProfileJobs.task(input, this::task);
  }

  /**
   * Checks the profile, the list and the options now and returns the task.
   *
   * @param prefix put before field names in errors ({@code input.} inside a job request)
   * @throws org.smartpick.app.service.NotFoundException when there is no such profile
   * @throws InvalidInputException naming the first bad field (e.g. {@code rankOrder[2]},
   *     {@code signals[0].saw}) with every problem in the message
   */
  JobTask<JsonNode> task(String profileId, JsonNode options, String prefix) {
    ProfileJobs.checkOptions(options, OPTIONS, prefix);
    ApplicantProfile applicant = profiles.applicant(profileId);
    InterviewList list = interviews(options, applicant, prefix);
    int scenarios = (int) AdviceJob.whole(options, "scenarios", prefix, 1,
        AdviceJob.MAX_SCENARIOS, AdviceJob.DEFAULT_SCENARIOS);
    long seed = AdviceJob.whole(options, "seed", prefix, Long.MIN_VALUE, Long.MAX_VALUE,
        ThreadLocalRandom.current().nextLong());
    AdviceRequest request = new AdviceRequest(applicant, scenarios, seed, threads);
    LocalDate today = LocalDate.now(clock);
    return ProfileJobs.saving(profiles, profileId, KIND,
        progress -> rankLists.advise(request, list, today, progress),
        result -> RankListReport.json(new RankListReport.Run(seed, scenarios), result));
  }

  // The interviews part of the body, read by the CLI's interviews-file reader.
  private InterviewList interviews(JsonNode options, ApplicantProfile applicant, String prefix) {
    ObjectNode document = JsonViews.MAPPER.createObjectNode();
    for (String field : INTERVIEW_FIELDS) {
      if (options.has(field)) {
        document.set(field, options.get(field));
      }
    }
    try {
      return interviews.read("body", JsonViews.write(document), ProfileFormat.JSON, applicant);
    } catch (ProfileFormatException e) {
      List<ProfileProblem> problems = e.problems();
      String path = problems.isEmpty() ? "" : problems.get(0).violation().path();
      throw new InvalidInputException(prefix + (path.isEmpty() ? "rankOrder" : path),
          String.join("; ", problems.stream().map(p -> p.violation().message()).toList()));
    }
  }
}
