package org.smartpick.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.smartpick.app.service.InvalidInputException;
import org.smartpick.app.service.NotFoundException;
import org.smartpick.app.service.jobs.JobRegistry;
import org.smartpick.app.service.jobs.JobSnapshot;
import org.smartpick.app.service.jobs.JobTask;

/**
 * {@code /api/jobs}: start a job of a known kind ({@code {"kind", "input"}}; the input is
 * checked before the job is queued), read its status, follow its progress as server-sent events,
 * cancel it. Each kind maps its input to a {@link JobTask}; advice jobs plug in the same way.
 */
final class JobHandlers {
  /** Longest an event stream stays open. */
  static final Duration MAX_STREAM = Duration.ofMinutes(10);
  private static final Duration HEARTBEAT = Duration.ofSeconds(15);

  private final JobRegistry registry;
  private final Map<String, Function<JsonNode, JobTask<?>>> kinds;
  private final JsonBodies bodies;

  /**
   * @param kinds for each job kind, a function that checks an input and returns the task
   */
  JobHandlers(JobRegistry registry, Map<String, Function<JsonNode, JobTask<?>>> kinds,
      JsonBodies bodies) {
    this.registry = registry;
    this.kinds = Map.copyOf(kinds);
    this.bodies = bodies;
  }

  void start(Context ctx) {
    ObjectNode body = bodies.object(ctx, Set.of("kind", "input"));
    String kind = JsonBodies.requiredText(body, "kind");
    Function<JsonNode, JobTask<?>> factory = kinds.get(kind);
    if (factory == null) {
      throw new InvalidInputException("kind", "'" + kind + "' is not a job kind; known: "
          + String.join(", ", new TreeSet<>(kinds.keySet())));
    }
    JsonNode input = body.get("input");
    if (input == null || !input.isObject()) {
      throw new InvalidInputException("input", "missing or not a JSON object");
    }
    accepted(ctx, registry.submit(kind, factory.apply(input)));
  }

  /** Answers a queued job: 202 with the job and its {@code Location}. */
  static void accepted(Context ctx, JobSnapshot job) {
    ctx.status(202).header("Location", "/api/jobs/" + job.id()).json(JsonViews.job(job, true));
  }

  void status(Context ctx) {
    ctx.json(JsonViews.job(find(ctx.pathParam("id")), true));
  }

  void cancel(Context ctx) {
    String id = ctx.pathParam("id");
    JobSnapshot job = registry.cancel(id).orElseThrow(() -> notFound(id));
    ctx.json(JsonViews.job(job, true));
  }

  /**
   * Sends {@code progress} events while the job changes and one {@code done} event (the final
   * state with the result) when it finishes, then closes. Unknown id: one {@code error} event.
   */
  void events(SseClient client) {
    String id = client.ctx().pathParam("id");
    Optional<JobSnapshot> job = registry.find(id);
    if (job.isEmpty()) {
      client.sendEvent("error", JsonViews.write(JsonViews.MAPPER.createObjectNode()
          .set("error", JsonViews.MAPPER.createObjectNode().put("field", "id")
              .put("message", notFound(id).getMessage()))));
      return;
    }
    long deadline = System.nanoTime() + MAX_STREAM.toNanos();
    long seen = -1;
    try {
      while (job.isPresent() && !client.terminated() && System.nanoTime() < deadline) {
        JobSnapshot now = job.get();
        if (now.status().finished()) {
          client.sendEvent("done", JsonViews.write(JsonViews.job(now, true)), now.id());
          return;
        }
        if (now.revision() != seen) {
          client.sendEvent("progress", JsonViews.write(JsonViews.job(now, false)), now.id());
          seen = now.revision();
        } else {
          client.sendComment("heartbeat");
        }
        job = registry.awaitChange(id, seen, HEARTBEAT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private JobSnapshot find(String id) {
    return registry.find(id).orElseThrow(() -> notFound(id));
  }

  private static NotFoundException notFound(String id) {
    return new NotFoundException("job", "id", id);
  }
}
