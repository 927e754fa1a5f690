package org.smartpick.app.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.smartpick.app.cli.BadInputException;

/**
 * A thin layer over Jackson's streaming parser that reads typed values and reports every problem
 * as a {@link BadInputException} of the form {@code source:line:column: path: message}, where the
 * path is a JSON path like {@code programs[3].rankList[5]} and the position is that of the
 * offending token. One cursor reads one document; not thread-safe.
 */
final class JsonCursor {
  private final String source;
  private final JsonParser parser;

  JsonCursor(String source, JsonParser parser) {
    this.source = source;
    this.parser = parser;
  }

  /** Advances to the next token and returns it (null at the end of input). */
  JsonToken next() {
    try {
      return parser.nextToken();
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonToken current() {
    return parser.currentToken();
  }

  /** The name of the field the parser stands on. */
  String fieldName() {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the current token starts. */
  Where where(String path) {
    JsonLocation location = parser.currentTokenLocation();
    return new Where(path, location.getLineNr(), location.getColumnNr());
  }

  /** Checks that the current token starts an object. */
  void requireObject(String path) {
    expect(current(), JsonToken.START_OBJECT, path, "an object");
  }

  /** Checks that the current token starts an array. */
  void requireArray(String path) {
    expect(current(), JsonToken.START_ARRAY, path, "an array");
  }

  /** Reads the current token as a non-empty string. */
  Located currentString(String path, String what) {
    expect(current(), JsonToken.VALUE_STRING, path, what);
    return text(path);
  }

  /** Advances to a value and reads a non-empty string. */
  Located string(String path) {
    JsonToken token = next();
    expect(token, JsonToken.VALUE_STRING, path, "a string");
    return text(path);
  }

  /** Advances to a value and reads a non-empty string or null (null returned as null). */
  Located stringOrNull(String path) {
    JsonToken token = next();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(token, JsonToken.VALUE_STRING, path, "a string or null");
    return text(path);
  }

  private Located text(String path) {
    try {
      String value = parser.getText();
      if (value.isBlank()) {
        throw fail(path, "must not be empty");
      }
      return new Located(value, where(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Advances to a value and reads an int. */
  int integer(String path) {
    JsonToken token = next();
    expect(token, JsonToken.VALUE_NUMBER_INT, path, "an integer");
    try {
      return parser.getIntValue();
    } catch (JsonProcessingException e) {
      throw fail(path, "integer " + safeText() + " is out of range");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void expect(JsonToken token, JsonToken wanted, String path, String what) {
    if (token != wanted) {
      throw fail(path, "expected " + what + ", found " + describe(token));
    }
  }

  private String describe(JsonToken token) {
    if (token == null) {
      return "end of input";
    }
    switch (token) {
      case START_OBJECT: return "an object";
      case START_ARRAY: return "an array";
      case VALUE_STRING: return "string \"" + safeText() + "\"";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT: return "number " + safeText();
      case VALUE_TRUE: return "true";
      case VALUE_FALSE: return "false";
      case VALUE_NULL: return "null";
      default: return token.asString() == null ? token.name() : "'" + token.asString() + "'";
    }
  }

  private String safeText() {
    try {
      String text = parser.getText();
      return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    } catch (IOException e) {
      return "?";
    }
  }

  /** An error at the current token. */
  BadInputException fail(String path, String message) {
    return fail(where(path), message);
  }

  /** An error at a remembered place. */
  BadInputException fail(Where where, String message) {
    return new BadInputException(source + ":" + where.line() + ":" + where.column() + ": "
        + (where.path().isEmpty() ? "" : where.path() + ": ") + message);
  }

  private BadInputException malformed(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    String at = location == null ? "" : location.getLineNr() + ":" + location.getColumnNr() + ": ";
    return new BadInputException(source + ":" + at + "malformed JSON: " + e.getOriginalMessage(), e);
  }

  /** A JSON path with the line and column where its value starts. */
  record Where(String path, int line, int column) {
    String describe() {
      return path + " (line " + line + ", column " + column + ")";
    }
  }

  /** A string value and where it was read. */
  record Located(String value, Where where) {
  }
}
