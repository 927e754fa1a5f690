package org.smartpick.engine.domain.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartpick.engine.domain.Program;

/**
 * Collects the field problems of one record so that its constructor reports all of them in one
 * {@link InvalidProfileException}. Free text is never echoed back (profiles are private): a text
 * that is too long is reported by its length.
 */
final class FieldChecks {
  private final List<FieldViolation> violations = new ArrayList<>();

  /** The value must lie in {@code min..max}. */
  FieldChecks range(String field, long value, long min, long max) {
    if (value < min || value > max) {
      add(field, Long.toString(value), "is outside the allowed range " + min + ".." + max);
    }
    return this;
  }

  /** A required text: not blank and at most {@code maxLength} characters. */
  FieldChecks text(String field, String value, int maxLength) {
    if (value.isBlank()) {
      add(field, null, "must not be blank (1.." + maxLength + " characters)");
    }
    return optionalText(field, Optional.of(value), maxLength);
  }

  /** An optional text: when present, at most {@code maxLength} characters. */
  FieldChecks optionalText(String field, Optional<String> value, int maxLength) {
    value.filter(text -> text.length() > maxLength).ifPresent(text -> add(field,
        "<" + text.length() + " characters>", "is longer than the allowed " + maxLength
            + " characters"));
    return this;
  }

  /** A list of at most {@code max} entries. */
  FieldChecks size(String field, List<?> list, int max) {
    if (list.size() > max) {
      add(field, list.size() + " entries", "has more than the allowed " + max + " entries");
    }
    return this;
  }

  /** Every entry must be a 10-digit ACGME program id. */
  FieldChecks acgmeIds(String field, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      acgmeId(field + "[" + i + "]", ids.get(i));
    }
    return this;
  }

  /** The text must be a 10-digit ACGME program id. */
  FieldChecks acgmeId(String field, String id) {
    if (!Program.isAcgmeId(id)) {
      add(field, id, "is not a 10-digit ACGME program id");
    }
    return this;
  }

  /** No entry may appear twice; the repeat is reported with the index of its first occurrence. */
  FieldChecks distinct(String field, List<?> values) {
    Map<Object, Integer> first = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      Integer earlier = first.putIfAbsent(values.get(i), i);
      if (earlier != null) {
        add(field + "[" + i + "]", String.valueOf(values.get(i)),
            "appears twice (first at " + field + "[" + earlier + "])");
      }
    }
    return this;
  }

  /** A free-form rule: when {@code ok} is false the problem is recorded. */
  FieldChecks require(boolean ok, String field, String value, String problem) {
    if (!ok) {
      add(field, value, problem);
    }
    return this;
  }

  private void add(String field, String value, String problem) {
    violations.add(new FieldViolation(field, value, problem));
  }

  /** Throws when any check failed. */
  void done() {
    if (!violations.isEmpty()) {
      throw new InvalidProfileException(violations);
    }
  }
}
