package org.smartpick.app.web;

import io.javalin.http.Context;
import java.util.Comparator;
import java.util.Set;
import org.smartpick.app.service.NotFoundException;
import org.smartpick.app.service.ProfileService;
import org.smartpick.app.service.jobs.JobRegistry;
import org.smartpick.app.store.SavedResult;

/**
 * {@code /api/profiles/{id}/advice}: {@code POST} starts an advice job on the saved profile
 * (body {@code {"scenarios"?, "seed"?}}; 202 with the job); {@code GET} answers the profile's
 * latest saved advice.
 */
final class AdviceHandlers {
  private static final Set<String> OPTIONS = Set.of("scenarios", "seed");

  private final AdviceJob advice;
  private final ProfileService profiles;
  private final JobRegistry jobs;
  private final JsonBodies bodies;

  AdviceHandlers(AdviceJob advice, ProfileService profiles, JobRegistry jobs, JsonBodies bodies) {
    this.advice = advice;
    this.profiles = profiles;
    this.jobs = jobs;
    this.bodies = bodies;
  }

  void start(Context ctx) {
    String id = ctx.pathParam("id");
    JobHandlers.accepted(ctx, jobs.submit(AdviceJob.KIND,
        advice.task(id, bodies.object(ctx, OPTIONS), "")));
  }

  void latest(Context ctx) {
    String id = ctx.pathParam("id");
    SavedResult latest = profiles.results(id).stream()
        .filter(r -> AdviceJob.KIND.equals(r.kind()))
        .max(Comparator.comparing(SavedResult::createdAt))
        .orElseThrow(() -> new NotFoundException("saved advice for the profile", "id", id));
    ctx.json(JsonViews.result(latest));
  }
}
