package org.smartpick.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartpick.app.web.RunningServer.assertError;
import static org.smartpick.app.web.RunningServer.json;
import static org.smartpick.app.web.RunningServer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Advice jobs through the real API: start, progress events, the saved result, cancel, errors. */
class AdviceApiTest {
  private static final String DOCUMENT = "{\"specialty\": \"Dermatology\", \"applicantType\":"
      + " \"US_MD_SENIOR\", \"step2\": 255, \"homeSchool\": {\"name\": \"Baylor College of"
      + " Medicine\"}, \"geography\": {\"homeState\": \"TX\"}, \"budget\": {\"maxApplications\":"
      + " 12}}";

  @TempDir
  static Path data;
  private static RunningServer server;
  private static String profileId;

  @BeforeAll
  static void start() {
    server = new RunningServer(data);
    profileId = server.createProfile("Pat", DOCUMENT);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void adviceRunsAsAJobWithProgressAndIsSavedForTheProfile() {
    HttpResponse<String> started = server.send("POST", "/api/profiles/" + profileId + "/advice",
        "{\"scenarios\": 6, \"seed\": 11}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    JsonNode job = json(started);
    assertThat(job.get("kind").asText()).isEqualTo("advice");
    assertThat(started.headers().firstValue("Location")).hasValue("/api/jobs/"
        + job.get("id").asText());

    List<RunningServer.Event> events = server.events(job.at("/links/events").asText());
    assertThat(events).isNotEmpty();
    assertThat(events.get(events.size() - 1).name()).isEqualTo("done");
    assertThat(events.stream().filter(e -> "progress".equals(e.name()))
        .map(e -> parse(e.data()).get("message").asText()))
        .anyMatch(message -> message.startsWith("scenarios "));
    JsonNode done = parse(events.get(events.size() - 1).data());
    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("succeeded");

    JsonNode advice = done.get("result");
    assertThat(advice.get("specialty").asText()).isEqualTo("Dermatology");
    assertThat(advice.get("scenarios").asInt()).isEqualTo(6);
    assertThat(advice.get("seed").asLong()).isEqualTo(11);
    assertThat(advice.get("budget").asInt()).isEqualTo(12);
    JsonNode match = advice.get("matchChance");
    assertThat(match.get("low").asDouble()).isLessThanOrEqualTo(match.get("p").asDouble());
    assertThat(match.get("high").asDouble()).isGreaterThanOrEqualTo(match.get("p").asDouble());
    assertThat(advice.get("picks").size()).isBetween(1, 12);
    assertThat(advice.get("picks").get(0).get("matchWhy").get("factors").size()).isPositive();
    assertThat(advice.get("curve").size()).isPositive();
    assertThat(advice.get("caveats").toString()).contains("calibrated");

    // Saved for the profile, and served as its latest advice.
    String savedId = advice.get("savedResultId").asText();
    JsonNode latest = json(server.get("/api/profiles/" + profileId + "/advice"));
    assertThat(latest.get("id").asText()).isEqualTo(savedId);
    assertThat(latest.get("kind").asText()).isEqualTo("advice");
    assertThat(latest.get("result").get("picks")).isEqualTo(advice.get("picks"));

    // The same seed and K give the same advice (the scenarios now come from the cache).
    String again = json(server.send("POST", "/api/profiles/" + profileId + "/advice",
        "{\"scenarios\": 6, \"seed\": 11}")).get("id").asText();
    JsonNode second = server.awaitFinished(again).get("result");
    assertThat(second.get("picks")).isEqualTo(advice.get("picks"));
    assertThat(second.at("/timing/scenariosCached").asBoolean()).isTrue();
  }

  @Test
  void aRunningAdviceJobCanBeCancelled() throws InterruptedException {
    HttpResponse<String> started = server.send("POST", "/api/jobs", "{\"kind\": \"advice\","
        + " \"input\": {\"profileId\": \"" + profileId + "\", \"scenarios\": 2000}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String id = json(started).get("id").asText();
    for (int i = 0; i < 400 && !"running".equals(json(server.get("/api/jobs/" + id))
        .get("status").asText()); i++) {
      Thread.sleep(25);
    }
    HttpResponse<String> cancelled = server.send("DELETE", "/api/jobs/" + id, null);
    assertThat(cancelled.statusCode()).isEqualTo(200);
    JsonNode finished = server.awaitFinished(id);
    assertThat(finished.get("status").asText()).isEqualTo("cancelled");
    assertThat(finished.has("result")).isFalse();
  }

  @Test
  void badOptionsAre400NamingTheFieldAndValue() {
    String path = "/api/profiles/" + profileId + "/advice";
    assertError(server.send("POST", path, "{\"scenarios\": 0}"), 400, "scenarios",
        "'0' must be a whole number from 1 to 2000");
    assertError(server.send("POST", path, "{\"scenarios\": 2001}"), 400, "scenarios", "'2001'");
    assertError(server.send("POST", path, "{\"seed\": \"x\"}"), 400, "seed",
        "'\"x\"' must be a whole number");
    assertError(server.send("POST", path, "{\"threads\": 2}"), 400, "threads", "unknown field");
    assertError(server.send("POST", "/api/jobs", "{\"kind\": \"advice\", \"input\":"
        + " {\"scenarios\": 5}}"), 400, "input.profileId", "missing");
    assertError(server.send("POST", "/api/jobs", "{\"kind\": \"advice\", \"input\":"
        + " {\"profileId\": \"" + profileId + "\", \"scenarios\": -1}}"), 400, "input.scenarios",
        "'-1'");
  }

  @Test
  void unknownProfilesAre404() {
    assertError(server.send("POST", "/api/profiles/nope/advice", "{}"), 404, "id", "'nope'");
    assertError(server.get("/api/profiles/nope/advice"), 404, "id", "'nope'");
    assertError(server.send("POST", "/api/jobs", "{\"kind\": \"advice\", \"input\":"
        + " {\"profileId\": \"nope\"}}"), 404, "id", "'nope'");
  }

  @Test
  void aProfileWithoutAdviceHasNoLatestAdvice() {
    String other = json(server.send("POST", "/api/profiles",
        "{\"displayName\": \"New\", \"document\": " + DOCUMENT + "}")).get("id").asText();
    assertError(server.get("/api/profiles/" + other + "/advice"), 404, "id",
        "no saved advice for the profile");
  }
}
