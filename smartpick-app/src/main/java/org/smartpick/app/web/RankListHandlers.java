package org.smartpick.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Set;
import org.smartpick.app.io.advise.RankListReport;
import org.smartpick.app.service.ProfileService;
import org.smartpick.app.service.jobs.JobRegistry;
import org.smartpick.engine.advise.rank.InterviewSignal;

/**
 * {@code /api/profiles/{id}/ranklist}: {@code POST} starts a rank-list job on the saved profile
 * ({@link RankListJob}; 202 with the job), {@code GET} answers the profile's latest saved
 * rank-list result; {@code /api/interview-signals} lists the post-interview signals with their
 * likelihood ratios (docs/advise.md).
 */
final class RankListHandlers {
  private static final Set<String> FIELDS = Set.of("rankOrder", "signals", "scenarios", "seed");

  private final RankListJob rankList;
  private final ProfileService profiles;
  private final JobRegistry jobs;
  private final JsonBodies bodies;

  RankListHandlers(RankListJob rankList, ProfileService profiles, JobRegistry jobs,
      JsonBodies bodies) {
    this.rankList = rankList;
    this.profiles = profiles;
    this.jobs = jobs;
    this.bodies = bodies;
  }

  void start(Context ctx) {
    ProfileJobs.start(ctx, jobs, RankListJob.KIND, bodies.object(ctx, FIELDS), rankList::task);
  }

  void latest(Context ctx) {
    ProfileJobs.latest(ctx, profiles, RankListJob.KIND, "saved rank list for the profile");
  }

  void signals(Context ctx) {
    QueryParameters.of(ctx, Set.of());
    ArrayNode array = JsonViews.MAPPER.createArrayNode();
    for (InterviewSignal signal : InterviewSignal.values()) {
      ObjectNode node = array.addObject();
      node.put("name", RankListReport.signalName(signal));
      node.put("description", signal.description());
      node.put("likelihoodRatio", signal.likelihoodRatio());
      node.put("estimated", true);
      node.put("source", "SmartPick judgement (docs/advise.md, post-interview signals):"
          + " small ratios by design, not fitted values");
    }
    ctx.json(array);
  }
}
