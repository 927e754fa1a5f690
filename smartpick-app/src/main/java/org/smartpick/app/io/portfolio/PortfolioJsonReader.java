package org.smartpick.app.io.portfolio;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartpick.engine.advise.portfolio.IndependentChances;
import org.smartpick.engine.advise.portfolio.ProgramChance;

/**
 * Reads an independent-chances portfolio problem from JSON:
 * {@code {"programs": [{"id": "A", "p": 0.2, "utility": 1.0, "cost": 1}, ...], "budget": 5}}
 * ({@code cost} optional, default 1). Every problem is reported as a
 * {@link PortfolioFormatException} naming the file, line:column, the JSON path, the value and
 * what is wrong: malformed JSON, unknown or duplicate fields, wrong types, p outside [0, 1],
 * negative or non-finite utility, cost or budget not a whole number in range, duplicate ids,
 * files above {@link #MAX_BYTES} or lists above {@link #MAX_PROGRAMS}. Stateless; thread-safe.
 */
public final class PortfolioJsonReader {
  /** Largest input file accepted, in bytes. */
  public static final long MAX_BYTES = 8L << 20;
  /** Most programs accepted in one file. */
  public static final int MAX_PROGRAMS = 20_000;

  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(16).maxNumberLength(100).maxStringLength(1_000).build())
      .build();

  private PortfolioJsonReader() {}

  /** Reads a file; the file name appears in every message. */
  public static PortfolioInput read(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      throw new PortfolioFormatException(file + ": the file has " + size
          + " bytes, more than the " + MAX_BYTES + " accepted", "$");
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file.toString(), reader);
    }
  }

  /** Reads from a reader; {@code source} names the input in messages. */
  public static PortfolioInput read(String source, Reader reader) throws IOException {
    try (JsonParser parser = JSON.createParser(reader)) {
      return new Session(source, parser).document();
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? source : source + ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new PortfolioFormatException(
          where + ": malformed JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""),
          "$");
    }
  }

  /** One pass over one document; holds the parser and the source name. */
  private static final class Session {
    private final String source;
    private final JsonParser parser;

    Session(String source, JsonParser parser) {
      this.source = source;
      this.parser = parser;
    }

    PortfolioInput document() throws IOException {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new PortfolioFormatException(source + ": the input is empty; expected a JSON object"
            + " {\"programs\": [...], \"budget\": n}", "$");
      }
      if (first != JsonToken.START_OBJECT) {
        throw error("$: the document must be a JSON object {\"programs\": [...], \"budget\": n}");
      }
      List<ProgramChance> programs = null;
      Integer budget = null;
      String budgetWhere = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        switch (field) {
          case "programs" -> programs = programs();
          case "budget" -> {
            budgetWhere = where() + ": budget";
            budget = wholeNumber("budget", 0);
          }
          default -> throw error(
              "$." + field + ": unknown field; expected \"programs\" and \"budget\"");
        }
      }
      if (programs == null || budget == null) {
        throw error("$: missing field \"" + (programs == null ? "programs" : "budget") + "\"");
      }
      if (parser.nextToken() != null) {
        throw error("$: unexpected content after the top-level object");
      }
      return new PortfolioInput(new IndependentChances(programs, budget), budgetWhere);
    }

    private List<ProgramChance> programs() throws IOException {
      if (parser.currentToken() != JsonToken.START_ARRAY) {
        throw error("programs = " + shown() + " must be an array");
      }
      List<ProgramChance> programs = new ArrayList<>();
      Map<String, Integer> firstIndex = new HashMap<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        int index = programs.size();
        if (index == MAX_PROGRAMS) {
          throw error("programs: more than " + MAX_PROGRAMS + " programs, the limit");
        }
        programs.add(program("programs[" + index + "]", index, firstIndex));
      }
      return programs;
    }

    // One program object; ids already seen map to their index.
    private ProgramChance program(String path, int index, Map<String, Integer> firstIndex)
        throws IOException {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        throw error(path + " = " + shown() + " must be an object");
      }
      JsonLocation start = parser.currentTokenLocation();
      String id = null;
      Double p = null;
      Double utility = null;
      int cost = 1;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        switch (field) {
          case "id" -> {
            id = text(path + ".id");
            Integer first = firstIndex.putIfAbsent(id, index);
            if (first != null) {
              throw error(path + ".id = \"" + id + "\" repeats programs[" + first + "].id");
            }
          }
          case "p" -> p = probability(path + ".p");
          case "utility" -> utility = utility(path + ".utility");
          case "cost" -> cost = wholeNumber(path + ".cost", 1);
          default -> throw error(path + "." + field
              + ": unknown field; a program has \"id\", \"p\", \"utility\" and optional \"cost\"");
        }
      }
      String missing = id == null ? "id" : p == null ? "p" : utility == null ? "utility" : null;
      if (missing != null) {
        throw new PortfolioFormatException(source + ":" + start.getLineNr() + ":"
            + start.getColumnNr() + ": " + path + " has no \"" + missing + "\"", path);
      }
      return new ProgramChance(id, p, utility, cost);
    }

    private String text(String path) throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING || parser.getText().isBlank()) {
        throw error(path + " = " + shown() + " must be a non-blank string");
      }
      return parser.getText();
    }

    private double probability(String path) throws IOException {
      double value = number(path);
      if (!(value >= 0 && value <= 1)) {
        throw error(path + " = " + shown() + " is not a probability in [0, 1]");
      }
      return value;
    }

    private double utility(String path) throws IOException {
      double value = number(path);
      if (!(Double.isFinite(value) && value >= 0)) {
        throw error(path + " = " + shown() + " must be a finite number >= 0");
      }
      return value;
    }

    private double number(String path) throws IOException {
      if (!parser.currentToken().isNumeric()) {
        throw error(path + " = " + shown() + " must be a number");
      }
      return parser.getDoubleValue();
    }

    private int wholeNumber(String path, int minimum) throws IOException {
      if (!parser.currentToken().isNumeric()) {
        throw error(path + " = " + shown() + " must be a whole number >= "
            + minimum);
      }
      BigDecimal value = parser.getDecimalValue();
      if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0
          || value.compareTo(BigDecimal.valueOf(minimum)) < 0) {
        throw error(path + " = " + shown() + " must be a whole number >= "
            + minimum);
      }
      if (value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
        throw error(path + " = " + shown() + " is too large (at most "
            + Integer.MAX_VALUE + ")");
      }
      return value.intValueExact();
    }

    private String where() {
      JsonLocation at = parser.currentTokenLocation();
      return source + ":" + at.getLineNr() + ":" + at.getColumnNr();
    }

    // Messages start with the JSON path of the offending field (up to the first space or colon);
    // the location comes first.
    private PortfolioFormatException error(String message) {
      int end = 0;
      while (end < message.length() && message.charAt(end) != ' ' && message.charAt(end) != ':') {
        end++;
      }
      return new PortfolioFormatException(where() + ": " + message, message.substring(0, end));
    }

    // The current value as written: scalars verbatim (strings quoted), containers abbreviated.
    private String shown() throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.START_OBJECT) {
        return "{...}";
      }
      if (token == JsonToken.START_ARRAY) {
        return "[...]";
      }
      return token == JsonToken.VALUE_STRING ? "\"" + parser.getText() + "\"" : parser.getText();
    }
  }
}
