package org.smartpick.app.io.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartpick.engine.domain.profile.FieldViolation;

/**
 * A parsed JSON or YAML document together with the line and column where each value starts, so
 * that problems found later (by path, e.g. {@code awayRotations[1].programId}) can be located in
 * the file. Duplicate keys, deep nesting and huge strings are rejected while parsing.
 *
 * <p>Parsing is O(n) in the text; immutable once built.
 */
final class LocatedTree {
  private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxNestingDepth(16).maxStringLength(ProfileReader.MAX_BYTES).build();

  private final String source;
  private final JsonNode root;
  private final Map<String, JsonLocation> locations;

  private LocatedTree(String source, JsonNode root, Map<String, JsonLocation> locations) {
    this.source = source;
    this.root = root;
    this.locations = locations;
  }

  /**
   * Parses the text.
   *
   * @throws ProfileFormatException for a syntax error or duplicate key, with its line and column
   */
  static LocatedTree parse(String source, String text, ProfileFormat format) {
    JsonFactory factory = factory(format);
    try {
      JsonNode root = new ObjectMapper(factory).readTree(text);
      return new LocatedTree(source, root == null ? MissingNode.getInstance() : root,
          index(factory, text));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      FieldViolation syntax = new FieldViolation("", null, "is not valid " + format + ": "
          + firstLine(e.getOriginalMessage()));
      throw new ProfileFormatException(source, List.of(new ProfileProblem(source,
          at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), syntax)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonFactory factory(ProfileFormat format) {
    return switch (format) {
      case JSON -> JsonFactory.builder().streamReadConstraints(LIMITS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
      case YAML -> YAMLFactory.builder().streamReadConstraints(LIMITS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    };
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /**
   * Records where every value starts, by JSON pointer; a field whose value is a list or object is
   * located at its name.
   */
  private static Map<String, JsonLocation> index(JsonFactory factory, String text)
      throws IOException {
    Map<String, JsonLocation> result = new HashMap<>();
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        JsonStreamContext context = parser.getParsingContext();
        if (token.isStructStart() && context.getParent() != null) {
          context = context.getParent();
        }
        String pointer = context.pathAsPointer().toString();
        if (token.isScalarValue()) {
          result.put(pointer, parser.currentTokenLocation());
        } else if (!token.isStructEnd()) {
          result.putIfAbsent(pointer, parser.currentTokenLocation());
        }
      }
    }
    return result;
  }

  JsonNode root() {
    return root;
  }

  /**
   * Locates a problem: at the value its path names, else at the nearest enclosing value that
   * exists (a missing field is reported at its object).
   */
  ProfileProblem locate(FieldViolation violation) {
    String pointer = pointer(violation.path());
    while (true) {
      JsonLocation at = locations.get(pointer);
      if (at != null) {
        return new ProfileProblem(source, at.getLineNr(), at.getColumnNr(), violation);
      }
      if (pointer.isEmpty()) {
        return new ProfileProblem(source, 0, 0, violation);
      }
      pointer = pointer.substring(0, pointer.lastIndexOf('/'));
    }
  }

  /** {@code awayRotations[1].programId} → {@code /awayRotations/1/programId}. */
  static String pointer(String path) {
    if (path.isEmpty()) {
      return "";
    }
    return "/" + path.replace("[", "/").replace("]", "").replace(".", "/");
  }
}
