package org.smartpick.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.smartpick.app.store.DataDirectory;
import org.smartpick.app.store.Database;
import org.smartpick.engine.catalog.ProgramCatalog;

/**
 * A real SmartPick server on a free port of 127.0.0.1 with an embedded H2 file in a temporary
 * data directory, and a plain HTTP client for it with the JSON, job and error checks the API
 * tests share. One per test class.
 */
final class RunningServer implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  private final WebApplication application;
  private final HttpClient client = HttpClient.newHttpClient();

  RunningServer(Path dataDirectory) {
    this.application = WebApplication.start(Database.embedded(new DataDirectory(dataDirectory)),
        ProgramCatalog::bundled, "127.0.0.1", 0);
  }

  WebServer server() {
    return application.server();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + application.server().port() + path);
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  HttpResponse<String> send(String method, String path, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return send(request.build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One server-sent event. */
  record Event(String name, String data) {
  }

  /** Reads a server-sent event stream until the server closes it. */
  List<Event> events(String path) {
    HttpResponse<java.io.InputStream> stream = sendForStream(HttpRequest.newBuilder(uri(path))
        .header("Accept", "text/event-stream").timeout(Duration.ofMinutes(2)).build());
    List<Event> events = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(),
        StandardCharsets.UTF_8))) {
      String name = null;
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.startsWith("event:")) {
          name = line.substring(6).trim();
        } else if (line.startsWith("data:")) {
          events.add(new Event(name, line.substring(5).trim()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return events;
  }

  private HttpResponse<java.io.InputStream> sendForStream(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Creates a profile named {@code displayName} from a profile document and returns its id. */
  String createProfile(String displayName, String document) {
    HttpResponse<String> created = send("POST", "/api/profiles",
        "{\"displayName\": \"" + displayName + "\", \"document\": " + document + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).get("id").asText();
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  /** Parses JSON text (e.g. an event's data). */
  static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Follows a job's event stream to its end and answers the last event: the finished job. */
  JsonNode awaitFinished(String jobId) {
    List<Event> events = events("/api/jobs/" + jobId + "/events");
    return parse(events.get(events.size() - 1).data());
  }

  /** Asserts an API error: the status, the field it names and parts of its message. */
  static void assertError(HttpResponse<String> response, int status, String field,
      String... messageParts) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode error = json(response).get("error");
    assertThat(error.get("field").asText()).isEqualTo(field);
    assertThat(error.get("message").asText()).contains(messageParts);
  }

  @Override
  public void close() {
    application.close();
  }
}
