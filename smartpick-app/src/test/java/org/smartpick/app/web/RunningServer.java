package org.smartpick.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.smartpick.app.store.DataDirectory;
import org.smartpick.app.store.Database;
import org.smartpick.engine.catalog.ProgramCatalog;

/**
 * A real SmartPick server on a free port of 127.0.0.1 with an embedded H2 file in a temporary
 * data directory, and a plain HTTP client for it. One per test class.
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

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  @Override
  public void close() {
    application.close();
  }
}
