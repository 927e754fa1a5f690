package org.smartpick.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.smartpick.app.io.portfolio.PortfolioFormatException;
import org.smartpick.app.service.InvalidInputException;
import org.smartpick.app.service.NotFoundException;
import org.smartpick.app.service.jobs.JobRegistryFullException;
import org.smartpick.app.store.VersionConflictException;

/**
 * The one place where exceptions become HTTP answers, all shaped
 * {@code {"error": {"field": ..., "message": ...}}}: bad input 400 naming the field, unknown ids
 * 404, version conflicts 409, a full job registry 503, the web layer's own {@link ApiError}s with
 * their status, and anything unexpected 500 with a generic message (never a stack trace; the
 * server log has it).
 */
final class ErrorMapper {
  private static final System.Logger LOG = System.getLogger(ErrorMapper.class.getName());

  private ErrorMapper() {
  }

  static void register(RoutesConfig routes) {
    routes.exception(ApiError.class, (e, ctx) -> answer(ctx, e.status(), e.field(),
        e.getMessage()));
    routes.exception(InvalidInputException.class, (e, ctx) -> answer(ctx, 400, e.field(),
        e.detail()));
    routes.exception(PortfolioFormatException.class, (e, ctx) -> answer(ctx, 400, e.path(),
        e.getMessage()));
    routes.exception(NotFoundException.class, (e, ctx) -> answer(ctx, 404, e.field(),
        e.getMessage()));
    routes.exception(VersionConflictException.class, (e, ctx) -> answer(ctx, 409, "version",
        e.getMessage()));
    routes.exception(JobRegistryFullException.class, (e, ctx) -> answer(ctx, 503, null,
        e.getMessage()));
    routes.exception(HttpResponseException.class, ErrorMapper::frameworkError);
    routes.exception(Exception.class, ErrorMapper::unexpected);
  }

  // Errors Javalin raises itself (too large a body, unknown route, ...).
  private static void frameworkError(HttpResponseException e, Context ctx) {
    if (e.getStatus() == 413) {
      answer(ctx, 413, "body", e.getMessage());
    } else if (e.getStatus() == 404) {
      answer(ctx, 404, "path", "no such resource: " + ctx.method() + " " + ctx.path());
    } else {
      answer(ctx, e.getStatus(), null, e.getMessage());
    }
  }

  private static void unexpected(Exception e, Context ctx) {
    LOG.log(System.Logger.Level.ERROR, "internal error on " + ctx.method() + " " + ctx.path(), e);
    answer(ctx, 500, null, "internal error; the server log has the details");
  }

  static void answer(Context ctx, int status, String field, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("field", field);
    error.put("message", message);
    ctx.status(status).json(Map.of("error", error));
  }
}
