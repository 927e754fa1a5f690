package org.smartpick.app.web;

/**
 * An HTTP error raised by the web layer itself, answered by {@link ErrorMapper} as
 * {@code {"error": {"field": ..., "message": ...}}} with the subclass's status. Errors from the use
 * cases ({@link org.smartpick.app.service.InvalidInputException} and friends) are mapped there
 * too.
 */
public abstract class ApiError extends RuntimeException {
  private final int status;
  private final String field;

  ApiError(int status, String field, String message) {
    super(message);
    this.status = status;
    this.field = field;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The request field at fault (parameter, header, JSON path), or null. */
  public String field() {
    return field;
  }

  /** 400: a parameter or body the API cannot use. */
  public static final class BadRequest extends ApiError {
    public BadRequest(String field, String message) {
      super(400, field, message);
    }
  }

  /** 403: a request for a host name this server does not answer to (DNS rebinding guard). */
  public static final class ForbiddenHost extends ApiError {
    public ForbiddenHost(String host) {
      super(403, "Host", "'" + host + "' is not a host name this server answers to;"
          + " open it as http://127.0.0.1 or http://localhost");
    }
  }

  /** 404: no route for the path and method. */
  public static final class RouteNotFound extends ApiError {
    public RouteNotFound(String method, String path) {
      super(404, "path", "no such resource: " + method + " " + path);
    }
  }

  /** 413: a body larger than the limit. */
  public static final class PayloadTooLarge extends ApiError {
    public PayloadTooLarge(long limit) {
      super(413, "body", "the request body is larger than the " + limit + " bytes accepted");
    }
  }

  /** 415: a body that is not declared as JSON. */
  public static final class UnsupportedMediaType extends ApiError {
    public UnsupportedMediaType(String contentType) {
      super(415, "Content-Type", "'" + contentType + "' is not accepted; send application/json");
    }
  }
}
