package org.smartpick.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartpick.app.web.RunningServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles CRUD, export, saved results and delete-everything through the real API. */
class ProfileApiTest {
  private static final String DOCUMENT = document("255");

  // A valid profile (docs/profile.md) with this Step 2 value.
  private static String document(String step2) {
    return "{\"specialty\": \"Dermatology\", \"applicantType\": \"US_MD_SENIOR\", \"step2\": "
        + step2 + ", \"homeSchool\": {\"name\": \"<script>x</script> School\"},"
        + " \"geography\": {\"homeState\": \"TX\"}}";
  }

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

  @BeforeEach
  void deleteEverything() {
    assertThat(server.send("DELETE", "/api/data?confirm=delete-everything", null).statusCode())
        .isEqualTo(200);
  }

  private static JsonNode create(String name) {
    HttpResponse<String> created = server.send("POST", "/api/profiles",
        "{\"displayName\": \"" + name + "\", \"document\": " + DOCUMENT + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created);
  }

  private static int status(HttpResponse<String> response) {
    return response.statusCode();
  }

  @Test
  void createReadUpdateDelete() {
    JsonNode created = create("Sam");
    String id = created.get("id").asText();
    assertThat(created.get("version").asLong()).isEqualTo(1);
    assertThat(created.get("document").get("homeSchool").get("name").asText())
        .isEqualTo("<script>x</script> School");

    JsonNode read = json(server.get("/api/profiles/" + id));
    assertThat(read).isEqualTo(created);

    HttpResponse<String> updated = server.send("PUT", "/api/profiles/" + id,
        "{\"displayName\": \"Sam B\", \"version\": 1, \"document\": " + document("\"pending\"")
            + "}");
    assertThat(status(updated)).as(updated.body()).isEqualTo(200);
    assertThat(json(updated).get("version").asLong()).isEqualTo(2);
    assertThat(json(updated).get("createdAt")).isEqualTo(created.get("createdAt"));
    assertThat(json(server.get("/api/profiles")).findValuesAsText("displayName"))
        .containsExactly("Sam B");

    assertThat(status(server.send("DELETE", "/api/profiles/" + id, null))).isEqualTo(204);
    assertThat(status(server.get("/api/profiles/" + id))).isEqualTo(404);
  }

  @Test
  void staleVersionsAre409AndLeaveTheProfileAsItWas() {
    String id = create("Ana").get("id").asText();
    String update = "{\"displayName\": \"Ana\", \"version\": 1, \"document\": " + document("240")
        + "}";
    assertThat(status(server.send("PUT", "/api/profiles/" + id, update))).isEqualTo(200);
    HttpResponse<String> stale = server.send("PUT", "/api/profiles/" + id,
        "{\"displayName\": \"Ana\", \"version\": 1, \"document\": " + document("250") + "}");
    assertThat(status(stale)).isEqualTo(409);
    assertThat(json(stale).get("error").get("field").asText()).isEqualTo("version");
    assertThat(json(server.get("/api/profiles/" + id)).get("document").get("step2").asInt())
        .isEqualTo(240);
  }

  @Test
  void unknownIdsAre404WithTheErrorShape() {
    for (HttpResponse<String> response : java.util.List.of(
        server.get("/api/profiles/no-such-id"),
        server.send("PUT", "/api/profiles/no-such-id",
            "{\"displayName\": \"x\", \"version\": 1, \"document\": " + DOCUMENT + "}"),
        server.send("DELETE", "/api/profiles/no-such-id", null),
        server.get("/api/profiles/no-such-id/export"),
        server.get("/api/profiles/no-such-id/results"))) {
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(json(response).get("error").get("message").asText()).contains("'no-such-id'");
    }
  }

  @Test
  void badProfilesAre400NamingTheField() {
    HttpResponse<String> noName = server.send("POST", "/api/profiles",
        "{\"displayName\": \"  \", \"document\": {}}");
    assertThat(status(noName)).isEqualTo(400);
    assertThat(json(noName).get("error").get("field").asText()).isEqualTo("displayName");
    HttpResponse<String> notObject = server.send("POST", "/api/profiles",
        "{\"displayName\": \"x\", \"document\": [1, 2]}");
    assertThat(json(notObject).get("error").get("field").asText()).isEqualTo("document");
    assertThat(json(notObject).get("error").get("message").asText()).contains("[1,2]");
    HttpResponse<String> extra = server.send("POST", "/api/profiles",
        "{\"displayName\": \"x\", \"document\": {}, \"admin\": true}");
    assertThat(json(extra).get("error").get("field").asText()).isEqualTo("admin");
    HttpResponse<String> badVersion = server.send("PUT", "/api/profiles/x",
        "{\"displayName\": \"x\", \"document\": {}, \"version\": \"one\"}");
    assertThat(status(badVersion)).isEqualTo(400);
    assertThat(json(badVersion).get("error").get("field").asText()).isEqualTo("version");
    HttpResponse<String> duplicate = server.send("POST", "/api/profiles",
        "{\"displayName\": \"x\", \"displayName\": \"y\", \"document\": {}}");
    assertThat(status(duplicate)).isEqualTo(400);
    HttpResponse<String> badStep2 = server.send("POST", "/api/profiles",
        "{\"displayName\": \"x\", \"document\": " + document("320") + "}");
    assertThat(status(badStep2)).isEqualTo(400);
    assertThat(json(badStep2).get("error").get("field").asText()).isEqualTo("document.step2");
    assertThat(json(badStep2).get("error").get("message").asText()).contains("'320'")
        .contains("1..300");
    HttpResponse<String> unknownRotation = server.send("POST", "/api/profiles",
        "{\"displayName\": \"x\", \"document\": " + DOCUMENT.replace("\"geography\"",
            "\"awayRotations\": [{\"programId\": \"0000000002\"}], \"geography\"") + "}");
    assertThat(json(unknownRotation).get("error").get("field").asText())
        .isEqualTo("document.awayRotations[0].programId");
    HttpResponse<String> tooBig = server.send("POST", "/api/profiles",
        "{\"displayName\": \"x\", \"document\": {\"a\": \"" + "y".repeat(70_000) + "\"}}");
    assertThat(status(tooBig)).isEqualTo(400);
    assertThat(json(tooBig).get("error").get("message").asText()).contains("65536");
  }

  @Test
  void optimizeResultsAreSavedForTheProfileAndExported() {
    String id = create("Kim").get("id").asText();
    HttpResponse<String> optimized = server.send("POST", "/api/optimize?profileId=" + id,
        "{\"programs\": [{\"id\": \"A\", \"p\": 0.5, \"utility\": 1}], \"budget\": 1}");
    assertThat(status(optimized)).as(optimized.body()).isEqualTo(200);
    String resultId = json(optimized).get("savedResultId").asText();

    JsonNode results = json(server.get("/api/profiles/" + id + "/results"));
    assertThat(results.size()).isEqualTo(1);
    assertThat(results.get(0).get("id").asText()).isEqualTo(resultId);
    assertThat(results.get(0).get("result").get("chosen").get(0).asText()).isEqualTo("A");

    HttpResponse<String> export = server.get("/api/profiles/" + id + "/export");
    assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        v -> assertThat(v).startsWith("attachment"));
    JsonNode exported = json(export);
    assertThat(exported.get("format").asText()).isEqualTo(JsonViews.EXPORT_FORMAT);
    assertThat(exported.get("profiles").get(0).get("id").asText()).isEqualTo(id);
    assertThat(exported.get("results").size()).isEqualTo(1);
    assertThat(exported.get("results").get(0).get("id").asText()).isEqualTo(resultId);
  }

  @Test
  void exportAllAndDeleteEverything() {
    create("One");
    create("Two");
    JsonNode all = json(server.get("/api/data/export"));
    assertThat(all.get("profiles").findValuesAsText("displayName"))
        .containsExactlyInAnyOrder("One", "Two");

    HttpResponse<String> unconfirmed = server.send("DELETE", "/api/data", null);
    assertThat(status(unconfirmed)).isEqualTo(400);
    assertThat(json(unconfirmed).get("error").get("field").asText()).isEqualTo("confirm");
    assertThat(json(server.get("/api/profiles")).size()).isEqualTo(2);

    HttpResponse<String> deleted = server.send("DELETE", "/api/data?confirm=delete-everything",
        null);
    assertThat(json(deleted).get("deleted").get("profiles").asInt()).isEqualTo(2);
    assertThat(json(server.get("/api/profiles")).size()).isZero();
  }

  @Test
  void profilesSurviveARestart(@TempDir Path other) {
    String id;
    try (RunningServer first = new RunningServer(other)) {
      HttpResponse<String> created = first.send("POST", "/api/profiles",
          "{\"displayName\": \"Kept\", \"document\": " + DOCUMENT + "}");
      id = json(created).get("id").asText();
    }
    try (RunningServer second = new RunningServer(other)) {
      assertThat(json(second.get("/api/profiles/" + id)).get("displayName").asText())
          .isEqualTo("Kept");
    }
  }
}
