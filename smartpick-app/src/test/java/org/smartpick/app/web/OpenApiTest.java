package org.smartpick.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartpick.app.web.RunningServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served OpenAPI description lists exactly the registered routes, and each one answers. */
class OpenApiTest {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

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

  private static Set<String> documented() {
    JsonNode paths = json(server.get("/api/openapi.json")).get("paths");
    Set<String> operations = new TreeSet<>();
    Iterator<Map.Entry<String, JsonNode>> entries = paths.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      entry.getValue().fieldNames().forEachRemaining(method -> {
        if (METHODS.contains(method)) {
          operations.add(method.toUpperCase(Locale.ROOT) + " " + entry.getKey());
        }
      });
    }
    return operations;
  }

  @Test
  void theDescriptionListsEveryRouteAndNoOther() {
    JsonNode document = json(server.get("/api/openapi.json"));
    assertThat(document.get("openapi").asText()).startsWith("3.");
    Set<String> registered = new TreeSet<>();
    server.server().routes().forEach(r -> registered.add(r.method().name() + " " + r.path()));
    assertThat(documented()).isEqualTo(registered);
  }

  @Test
  void everyDocumentedOperationIsRoutedNotMissing() {
    for (String operation : documented()) {
      String[] parts = operation.split(" ", 2);
      String path = parts[1].replace("{id}", "no-such-id");
      HttpResponse<String> response = parts[0].equals("GET") && path.endsWith("/events")
          ? null : server.send(parts[0], path, parts[0].equals("GET")
              || parts[0].equals("DELETE") ? null : "{}");
      if (response == null) {
        continue;
      }
      assertThat(response.statusCode()).as(operation).isNotIn(405, 500);
      if (response.statusCode() == 404) {
        // An unknown id, not an unknown route.
        assertThat(json(response).get("error").get("field").asText()).as(operation)
            .isNotEqualTo("path");
      }
    }
  }

  @Test
  void everyOperationDocumentsItsErrorsWithTheSharedShape() {
    JsonNode document = json(server.get("/api/openapi.json"));
    assertThat(document.at("/components/schemas/Error/properties/error/properties/field"))
        .isNotNull();
    document.get("paths").fields().forEachRemaining(path -> path.getValue().fields()
        .forEachRemaining(op -> {
          if (METHODS.contains(op.getKey())) {
            assertThat(op.getValue().has("summary")).as(path.getKey()).isTrue();
            assertThat(op.getValue().get("responses").size()).as(path.getKey()).isPositive();
          }
        }));
  }
}
