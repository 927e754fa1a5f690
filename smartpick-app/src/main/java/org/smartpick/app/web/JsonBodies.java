package org.smartpick.app.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * Reads request bodies: only {@code application/json}, at most {@code maxBytes} (counted while
 * reading, so a body without Content-Length cannot exceed it), strict JSON (no duplicate keys,
 * bounded nesting). Errors name the field ({@code body}, {@code Content-Type} or the JSON path).
 * Thread-safe.
 */
final class JsonBodies {
  private static final ObjectMapper STRICT = new ObjectMapper(JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(32).maxNumberLength(100).maxStringLength(100_000).build())
      .build());

  private final long maxBytes;

  JsonBodies(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The body as text, after checking its type and size. */
  String text(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new ApiError.UnsupportedMediaType(type == null ? "" : type);
    }
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new ApiError.PayloadTooLarge(maxBytes);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body as a JSON object whose top-level fields are all among {@code allowed}. */
  ObjectNode object(Context ctx, Set<String> allowed) {
    String text = text(ctx);
    JsonNode node;
    try {
      node = STRICT.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ApiError.BadRequest("body", "malformed JSON"
          + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
          + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    if (node == null || !node.isObject()) {
      throw new ApiError.BadRequest("body", "the body must be a JSON object with fields "
          + String.join(", ", allowed));
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new ApiError.BadRequest(name, "unknown field; expected "
            + String.join(", ", allowed));
      }
    }
    return (ObjectNode) node;
  }

  /** A required non-blank string field. */
  static String requiredText(ObjectNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      throw new ApiError.BadRequest(field, "missing; a non-blank string is required");
    }
    if (!value.isTextual()) {
      throw new ApiError.BadRequest(field, "'" + value + "' must be a string");
    }
    return value.asText();
  }

  /** A required whole number field of at least {@code minimum}. */
  static long requiredWholeNumber(ObjectNode body, String field, long minimum) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      throw new ApiError.BadRequest(field, "missing; a whole number >= " + minimum
          + " is required");
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < minimum) {
      throw new ApiError.BadRequest(field, "'" + value + "' must be a whole number >= " + minimum);
    }
    return value.asLong();
  }
}
