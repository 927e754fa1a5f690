package org.smartpick.app.web;

import io.javalin.http.Context;
import java.util.Set;
import org.smartpick.app.service.ProfileService;
import org.smartpick.app.service.jobs.JobRegistry;

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
    ProfileJobs.start(ctx, jobs, AdviceJob.KIND, bodies.object(ctx, OPTIONS), advice::task);
  }

  void latest(Context ctx) {
    ProfileJobs.latest(ctx, profiles, AdviceJob.KIND, "saved advice for the profile");
  }
}
