package org.smartpick.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/openapi.json}: the hand-written OpenAPI 3 description of the API, from the jar
 * (a test checks it lists exactly the routes {@link WebServer} registers).
 */
final class OpenApiHandler {
  /** Where the description is on the class path. */
  static final String RESOURCE = "/org/smartpick/app/web/openapi.json";

  private final String document;

  OpenApiHandler() {
    try (InputStream in = OpenApiHandler.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      this.document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void serve(Context ctx) {
    ctx.contentType("application/json").result(document);
  }
}
