package org.smartpick.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.smartpick.app.service.InvalidInputException;
import org.smartpick.app.service.NotFoundException;
import org.smartpick.app.service.ProfileService;
import org.smartpick.app.service.jobs.JobRegistry;
import org.smartpick.app.service.jobs.JobTask;
import org.smartpick.app.store.SavedResult;

/**
 * The plumbing of the job kinds that run on a saved profile and save their result for it
 * ({@link AdviceJob}, {@link RankListJob}): the profile id in a {@code POST /api/jobs} input,
 * unknown options refused, the result saved with {@code profileId} and {@code savedResultId},
 * and the {@code /api/profiles/{id}/KIND} handlers that start a job and answer the latest result.
 */
final class ProfileJobs {
  private ProfileJobs() {
  }

  /** A kind's check of a profile and its options; returns the task to run. */
  @FunctionalInterface
  interface Factory {
    /** @param prefix put before option names in errors ({@code input.} inside a job request) */
    JobTask<JsonNode> task(String profileId, JsonNode options, String prefix);
  }

  /** {@code POST /api/jobs}: splits the input into {@code profileId} and the kind's options. */
  static JobTask<JsonNode> task(JsonNode input, Factory factory) {
    JsonNode profileId = input.get("profileId");
    if (profileId == null || !profileId.isTextual() || profileId.asText().isBlank()) {
      throw new InvalidInputException("input.profileId", (profileId == null ? "missing"
          : "'" + profileId + "'") + "; the id of a saved profile is required");
    }
    ObjectNode options = ((ObjectNode) input).deepCopy();
    options.remove("profileId");
    return factory.task(profileId.asText(), options, "input.");
  }

  /** @throws InvalidInputException naming the first option not in {@code allowed} */
  static void checkOptions(JsonNode options, Set<String> allowed, String prefix) {
    Iterator<String> names = options.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new InvalidInputException(prefix + name, "unknown field; expected "
            + String.join(", ", new TreeSet<>(allowed)));
      }
    }
  }

  /**
   * The task that runs {@code work}, stops there if cancelled, and saves {@code json} of its
   * result for the profile (as {@code kind}); answers that document with {@code profileId} and
   * {@code savedResultId}.
   */
  static <R> JobTask<JsonNode> saving(ProfileService profiles, String profileId, String kind,
      JobTask<R> work, Function<R, String> json) {
    return progress -> {
      R result = work.run(progress);
      progress.checkCancelled();
      ObjectNode document = (ObjectNode) parse(json.apply(result));
      String saved = profiles.saveResult(profileId, kind, JsonViews.write(document)).id();
      document.put("profileId", profileId);
      document.put("savedResultId", saved);
      return document;
    };
  }

  /** {@code POST /api/profiles/{id}/KIND}: queues the kind's task on the body's options (202). */
  static void start(Context ctx, JobRegistry jobs, String kind, ObjectNode options,
      Factory factory) {
    String id = ctx.pathParam("id");
    JobHandlers.accepted(ctx, jobs.submit(kind, factory.task(id, options, "")));
  }

  /**
   * {@code GET /api/profiles/{id}/KIND}: the profile's latest saved result of {@code kind}.
   *
   * @param what names the missing result in the not-found error
   */
  static void latest(Context ctx, ProfileService profiles, String kind, String what) {
    String id = ctx.pathParam("id");
    SavedResult latest = profiles.results(id).stream()
        .filter(r -> kind.equals(r.kind()))
        .max(Comparator.comparing(SavedResult::createdAt))
        .orElseThrow(() -> new NotFoundException(what, "id", id));
    ctx.json(JsonViews.result(latest));
  }

  private static JsonNode parse(String json) {
    try {
      return JsonViews.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
