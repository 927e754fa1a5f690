package org.smartpick.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartpick.app.web.RunningServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jobs through the real API: start, status, server-sent events, cancel, errors. */
class JobApiTest {
  private static final String OPTIMIZE = "{\"kind\": \"optimize\", \"input\": {\"programs\":"
      + " [{\"id\": \"A\", \"p\": 0.5, \"utility\": 1}, {\"id\": \"B\", \"p\": 0.4,"
      + " \"utility\": 1}], \"budget\": 1}}";

  @TempDir
  static Path data;
  private static RunningServer server;

  @BeforeAll
  static void start() {
    server = new RunningServer(data);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode awaitFinished(String id) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      JsonNode job = json(server.get("/api/jobs/" + id));
      if (List.of("succeeded", "failed", "cancelled").contains(job.get("status").asText())) {
        return job;
      }
      Thread.sleep(25);
    }
    throw new AssertionError("job " + id + " did not finish");
  }

  @Test
  void anOptimizeJobRunsToItsResult() throws InterruptedException {
    HttpResponse<String> started = server.send("POST", "/api/jobs", OPTIMIZE);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String id = json(started).get("id").asText();
    assertThat(started.headers().firstValue("Location")).hasValue("/api/jobs/" + id);
    JsonNode done = awaitFinished(id);
    assertThat(done.get("status").asText()).isEqualTo("succeeded");
    assertThat(done.get("progress").asDouble()).isEqualTo(1.0);
    assertThat(done.get("result").get("chosen").get(0).asText()).isEqualTo("A");
    assertThat(done.get("expiresAt").isTextual()).isTrue();
  }

  @Test
  void eventsStreamProgressThenDone() throws IOException, InterruptedException {
    String id = json(server.send("POST", "/api/jobs", OPTIMIZE)).get("id").asText();
    HttpResponse<java.io.InputStream> stream = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(server.uri("/api/jobs/" + id + "/events"))
            .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/event-stream"));
    List<String> events = new ArrayList<>();
    String doneData = null;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(),
        StandardCharsets.UTF_8))) {
      String event = null;
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.startsWith("event:")) {
          event = line.substring(6).trim();
          events.add(event);
        } else if (line.startsWith("data:") && "done".equals(event)) {
          doneData = line.substring(5).trim();
        }
      }
    }
    assertThat(events).isNotEmpty().last().isEqualTo("done");
    assertThat(events.subList(0, events.size() - 1)).allMatch("progress"::equals);
    assertThat(RunningServer.JSON.readTree(doneData).get("status").asText())
        .isEqualTo("succeeded");
  }

  @Test
  void badJobInputIs400NamingTheField() {
    HttpResponse<String> unknownKind = server.send("POST", "/api/jobs",
        "{\"kind\": \"advise\", \"input\": {}}");
    assertThat(unknownKind.statusCode()).isEqualTo(400);
    assertThat(json(unknownKind).get("error").get("field").asText()).isEqualTo("kind");
    HttpResponse<String> badInput = server.send("POST", "/api/jobs", "{\"kind\": \"optimize\","
        + " \"input\": {\"programs\": [{\"id\": \"A\", \"p\": 2, \"utility\": 1}], \"budget\": 1}}");
    assertThat(badInput.statusCode()).isEqualTo(400);
    assertThat(json(badInput).get("error").get("field").asText())
        .isEqualTo("input.programs[0].p");
  }

  @Test
  void unknownJobsAre404() {
    assertThat(server.get("/api/jobs/nope").statusCode()).isEqualTo(404);
    assertThat(server.send("DELETE", "/api/jobs/nope", null).statusCode()).isEqualTo(404);
    assertThat(json(server.get("/api/jobs/nope")).get("error").get("field").asText())
        .isEqualTo("id");
  }

  @Test
  void cancellingAFinishedJobLeavesItFinished() throws InterruptedException {
    String id = json(server.send("POST", "/api/jobs", OPTIMIZE)).get("id").asText();
    awaitFinished(id);
    HttpResponse<String> cancelled = server.send("DELETE", "/api/jobs/" + id, null);
    assertThat(cancelled.statusCode()).isEqualTo(200);
    assertThat(json(cancelled).get("status").asText()).isEqualTo("succeeded");
  }
}
