package org.smartpick.engine.domain.profile;

import java.util.Objects;

/**
 * One invalid field of a profile: where it is (a JSON-style path such as
 * {@code awayRotations[1].programId}, empty for the value itself), the offending value as text
 * (null when there is none, e.g. a missing field) and the problem including the allowed range.
 *
 * @param path JSON-style path relative to the object that found the problem
 * @param value the offending value as text, or null
 * @param problem what is wrong and what is allowed, e.g. "is outside the allowed range 1..300"
 */
public record FieldViolation(String path, String value, String problem) {

  public FieldViolation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(problem, "problem");
  }

  /** This violation seen from an enclosing object: {@code prefix} is put before the path. */
  public FieldViolation under(String prefix) {
    String joined = path.isEmpty() ? prefix
        : prefix.isEmpty() ? path
        : path.startsWith("[") ? prefix + path : prefix + "." + path;
    return new FieldViolation(joined, value, problem);
  }

  /** One line for the user: path, value and problem. */
  public String message() {
    String what = (value == null ? "" : "'" + value + "' ") + problem;
    return path.isEmpty() ? what : path + ": " + what;
  }
}
