package org.smartpick.app.io.profile;

import java.util.Objects;
import org.smartpick.engine.domain.profile.FieldViolation;

/**
 * One problem in a profile file: where it is (file, line, column; 0 when unknown) and what is
 * wrong (field path, value, allowed range).
 *
 * @param source the file name
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param violation the field, value and problem
 */
public record ProfileProblem(String source, int line, int column, FieldViolation violation) {

  public ProfileProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(violation, "violation");
  }

  /** {@code me.yaml:12:5: awayRotations[1].programId: '123' is not a 10-digit ACGME program id}. */
  public String message() {
    String where = line > 0 ? source + ":" + line + ":" + column : source;
    return where + ": " + violation.message();
  }
}
