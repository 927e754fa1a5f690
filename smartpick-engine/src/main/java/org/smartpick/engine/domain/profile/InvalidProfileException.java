package org.smartpick.engine.domain.profile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by the validating constructors of the profile records with every problem they found in
 * their fields at once (not only the first).
 */
public final class InvalidProfileException extends IllegalArgumentException {
  private final transient List<FieldViolation> violations;

  public InvalidProfileException(List<FieldViolation> violations) {
    super(violations.stream().map(FieldViolation::message).collect(Collectors.joining("; ")));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an InvalidProfileException needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /** The problems, in field order. */
  public List<FieldViolation> violations() {
    return violations;
  }

  /** The same problems seen from an enclosing object, e.g. {@code under("letters[2]")}. */
  public InvalidProfileException under(String prefix) {
    return new InvalidProfileException(violations.stream().map(v -> v.under(prefix)).toList());
  }
}
