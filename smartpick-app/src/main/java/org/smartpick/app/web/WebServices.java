package org.smartpick.app.web;

import java.util.Objects;
import org.smartpick.app.io.profile.InterviewsReader;
import org.smartpick.app.service.AdviceService;
import org.smartpick.app.service.OptimizeService;
import org.smartpick.app.service.PrivacyService;
import org.smartpick.app.service.ProfileService;
import org.smartpick.app.service.ProgramSearchService;
import org.smartpick.app.service.RankListService;
import org.smartpick.app.service.TimelineService;
import org.smartpick.app.service.jobs.JobRegistry;

/**
 * The use cases the web server calls (the same the CLI calls).
 *
 * @param programs program search and specialties
 * @param optimizer the portfolio optimizer
 * @param profiles saved profiles and results
 * @param privacy export and delete everything
 * @param jobs the job registry
 * @param timelines the cycle timeline
 * @param advisor the advise use case
 * @param rankLists the rank-list use case (on the advisor's scenarios)
 * @param interviews reads a rank list's programs and signals (as {@code smartpick ranklist})
 */
public record WebServices(ProgramSearchService programs, OptimizeService optimizer,
    ProfileService profiles, PrivacyService privacy, JobRegistry jobs,
    TimelineService timelines, AdviceService advisor, RankListService rankLists,
    InterviewsReader interviews) {
  public WebServices {
    Objects.requireNonNull(programs, "programs");
    Objects.requireNonNull(optimizer, "optimizer");
    Objects.requireNonNull(profiles, "profiles");
    Objects.requireNonNull(privacy, "privacy");
    Objects.requireNonNull(jobs, "jobs");
    Objects.requireNonNull(timelines, "timelines");
    Objects.requireNonNull(advisor, "advisor");
    Objects.requireNonNull(rankLists, "rankLists");
    Objects.requireNonNull(interviews, "interviews");
  }
}
