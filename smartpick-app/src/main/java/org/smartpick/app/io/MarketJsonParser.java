package org.smartpick.app.io;

import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.smartpick.app.io.JsonCursor.Located;
import org.smartpick.app.io.JsonCursor.Where;
import org.smartpick.engine.match.Track;

/**
 * Reads the market JSON format (see docs/market-format.md) into a {@link RawMarket}, checking
 * structure and types: known fields only, required fields present, strings, integers, tracks and
 * pairs of two. Id resolution is left to {@link MarketAssembler}. One parser per document; not
 * thread-safe.
 */
final class MarketJsonParser {
  private final JsonCursor cursor;

  MarketJsonParser(JsonCursor cursor) {
    this.cursor = cursor;
  }

  RawMarket parse() {
    cursor.next();
    cursor.requireObject("");
    Where top = cursor.where("");
    List<RawMarket.Program> programs = null;
    List<RawMarket.Applicant> applicants = null;
    List<RawMarket.Couple> couples = List.of();
    while (cursor.next() == JsonToken.FIELD_NAME) {
      String field = cursor.fieldName();
      switch (field) {
        case "programs" -> programs = array("programs", this::program);
        case "applicants" -> applicants = array("applicants", this::applicant);
        case "couples" -> couples = array("couples", this::couple);
        default -> throw unknownField(field, field, "programs, applicants, couples");
      }
    }
    if (cursor.next() != null) {
      throw cursor.fail("", "unexpected content after the market object");
    }
    require(programs, top, "programs");
    require(applicants, top, "applicants");
    return new RawMarket(programs, applicants, couples);
  }

  private RawMarket.Program program(String path) {
    cursor.requireObject(path);
    Where start = cursor.where(path);
    Located id = null;
    Integer capacity = null;
    Track track = Track.CATEGORICAL;
    Located revertTo = null;
    List<Located> rankList = List.of();
    while (cursor.next() == JsonToken.FIELD_NAME) {
      String field = cursor.fieldName();
      String at = path + "." + field;
      switch (field) {
        case "id" -> id = cursor.string(at);
        case "capacity" -> {
          capacity = cursor.integer(at);
          if (capacity < 0) {
            throw cursor.fail(at, "must be 0 or more, was " + capacity);
          }
        }
        case "track" -> track = track(at);
        case "revertTo" -> revertTo = cursor.stringOrNull(at);
        case "rankList" -> rankList = strings(at, "an applicant id");
        default -> throw unknownField(at, field, "id, capacity, track, revertTo, rankList");
      }
    }
    require(id, start, path + ".id");
    require(capacity, start, path + ".capacity");
    return new RawMarket.Program(path, id, capacity, track, revertTo, rankList);
  }

  private Track track(String path) {
    Located value = cursor.string(path);
    try {
      return Track.valueOf(value.value().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw cursor.fail(value.where(), "unknown track '" + value.value()
          + "' (expected CATEGORICAL, PGY1 or ADVANCED)");
    }
  }

  private RawMarket.Applicant applicant(String path) {
    cursor.requireObject(path);
    Where start = cursor.where(path);
    Located id = null;
    List<Located> rankList = List.of();
    List<Located> supplemental = List.of();
    while (cursor.next() == JsonToken.FIELD_NAME) {
      String field = cursor.fieldName();
      String at = path + "." + field;
      switch (field) {
        case "id" -> id = cursor.string(at);
        case "rankList" -> rankList = strings(at, "a program id");
        case "supplementalList" -> supplemental = strings(at, "a program id");
        default -> throw unknownField(at, field, "id, rankList, supplementalList");
      }
    }
    require(id, start, path + ".id");
    return new RawMarket.Applicant(path, id, rankList, supplemental);
  }

  private RawMarket.Couple couple(String path) {
    cursor.requireObject(path);
    Where start = cursor.where(path);
    Located id = null;
    List<Located> members = null;
    List<RawMarket.Pair> rankList = List.of();
    while (cursor.next() == JsonToken.FIELD_NAME) {
      String field = cursor.fieldName();
      String at = path + "." + field;
      switch (field) {
        case "id" -> id = cursor.string(at);
        case "members" -> {
          cursor.next();
          members = members(at);
        }
        case "rankList" -> rankList = array(at, this::pair);
        default -> throw unknownField(at, field, "id, members, rankList");
      }
    }
    require(id, start, path + ".id");
    require(members, start, path + ".members");
    return new RawMarket.Couple(path, id, members.get(0), members.get(1), rankList);
  }

  private List<Located> members(String path) {
    cursor.requireArray(path);
    Where start = cursor.where(path);
    List<Located> members = new ArrayList<>();
    while (cursor.next() != JsonToken.END_ARRAY) {
      members.add(cursor.currentString(path + "[" + members.size() + "]", "an applicant id"));
    }
    if (members.size() != 2) {
      throw cursor.fail(start, "a couple has exactly 2 members, found " + members.size());
    }
    return members;
  }

  private RawMarket.Pair pair(String path) {
    cursor.requireArray(path);
    Where start = cursor.where(path);
    Located[] sides = new Located[2];
    int count = 0;
    while (cursor.next() != JsonToken.END_ARRAY) {
      String at = path + "[" + count + "]";
      Located side = cursor.current() == JsonToken.VALUE_NULL ? null
          : cursor.currentString(at, "a program id or null");
      if (count < 2) {
        sides[count] = side;
      }
      count++;
    }
    if (count != 2) {
      throw cursor.fail(start, "a pair has exactly 2 entries (first member's program, second "
          + "member's program; null for no match), found " + count);
    }
    if (sides[0] == null && sides[1] == null) {
      throw cursor.fail(start, "a pair must name at least one program, found [null, null]");
    }
    return new RawMarket.Pair(start, sides[0], sides[1]);
  }

  private List<Located> strings(String path, String what) {
    cursor.next();
    cursor.requireArray(path);
    List<Located> values = new ArrayList<>();
    while (cursor.next() != JsonToken.END_ARRAY) {
      values.add(cursor.currentString(path + "[" + values.size() + "]", what));
    }
    return values;
  }

  /** Reads an array whose elements the given reader reads from their first token on. */
  private <T> List<T> array(String path, Function<String, T> element) {
    cursor.next();
    cursor.requireArray(path);
    List<T> values = new ArrayList<>();
    while (cursor.next() != JsonToken.END_ARRAY) {
      values.add(element.apply(path + "[" + values.size() + "]"));
    }
    return values;
  }

  private void require(Object value, Where enclosing, String path) {
    if (value == null) {
      throw cursor.fail(new Where(path, enclosing.line(), enclosing.column()),
          "required field is missing");
    }
  }
  private RuntimeException unknownField(String path, String field, String allowed) {
    return cursor.fail(path, "unknown field '" + field + "' (allowed: " + allowed + ")");
  }
}
