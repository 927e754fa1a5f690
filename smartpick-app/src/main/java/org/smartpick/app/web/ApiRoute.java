package org.smartpick.app.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;

/**
 * One API endpoint: method, path (Javalin syntax, {@code {id}} for parameters, the same as
 * OpenAPI's) and handler.
 *
 * @param method the HTTP method
 * @param path the path, e.g. {@code /api/profiles/{id}}
 * @param handler what answers it
 */
public record ApiRoute(HandlerType method, String path, Handler handler) {
  public ApiRoute {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(handler, "handler");
  }
}
