package org.smartpick.app.web;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;

/**
 * Checks run before every request: security headers on every answer, the Host header for a
 * server bound to the loopback interface (so a web page elsewhere cannot reach it through DNS
 * rebinding), and the declared body size. Immutable; thread-safe.
 */
final class RequestGuards {
  /** The page's Content-Security-Policy: nothing inline, nothing from elsewhere. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self';"
      + " style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self';"
      + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

  private final boolean loopbackOnly;
  private final long maxRequestBytes;

  /**
   * @param loopbackOnly whether the server listens on the loopback interface only
   * @param maxRequestBytes largest request body accepted
   */
  RequestGuards(boolean loopbackOnly, long maxRequestBytes) {
    this.loopbackOnly = loopbackOnly;
    this.maxRequestBytes = maxRequestBytes;
  }

  void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  void hostHeader(Context ctx) {
    if (!loopbackOnly) {
      return;
    }
    String host = ctx.header("Host");
    String name = host == null ? "" : hostName(host).toLowerCase(Locale.ROOT);
    if (!LOOPBACK_NAMES.contains(name)) {
      throw new ApiError.ForbiddenHost(host == null ? "" : host);
    }
  }

  void declaredSize(Context ctx) {
    String length = ctx.header("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.trim()) > maxRequestBytes) {
          throw new ApiError.PayloadTooLarge(maxRequestBytes);
        }
      } catch (NumberFormatException e) {
        throw new ApiError.BadRequest("Content-Length", "'" + length + "' is not a number");
      }
    }
  }

  // "host:port", "[::1]:port" or "host" -> the name part.
  private static String hostName(String host) {
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end < 0 ? host : host.substring(0, end + 1);
    }
    int colon = host.indexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }
}
