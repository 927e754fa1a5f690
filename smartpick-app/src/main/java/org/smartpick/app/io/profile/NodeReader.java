package org.smartpick.app.io.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.smartpick.engine.catalog.EditDistance;
import org.smartpick.engine.domain.profile.FieldViolation;
import org.smartpick.engine.domain.profile.InvalidProfileException;

/**
 * Typed access to the fields of a parsed profile that records a problem, with its path, for every
 * field that is missing, of the wrong type, unknown or rejected by a record's constructor, and
 * carries on, so that one pass finds them all. A JSON {@code null} means "absent".
 *
 * <p>Not thread-safe: one instance per read.
 */
final class NodeReader {
  private static final int SHOWN_LENGTH = 60;

  private final List<FieldViolation> problems = new ArrayList<>();

  /** The problems found so far, in reading order. */
  List<FieldViolation> problems() {
    return List.copyOf(problems);
  }

  void report(String path, JsonNode value, String problem) {
    problems.add(new FieldViolation(path, value == null ? null : shown(value), problem));
  }

  void reportAll(String path, List<FieldViolation> violations) {
    violations.forEach(v -> problems.add(v.under(path)));
  }

  /**
   * The node as an object with only the allowed fields; each unknown field is reported with the
   * closest allowed names. Empty (and reported) when the node is not an object.
   */
  Optional<ObjectNode> object(JsonNode node, String path, List<String> allowed) {
    if (!(node instanceof ObjectNode object)) {
      report(path, node.isMissingNode() ? null : node, "must be an object with the fields "
          + String.join(", ", allowed));
      return Optional.empty();
    }
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        List<String> close = EditDistance.closest(name, allowed, 3);
        problems.add(new FieldViolation(child(path, name), null, "is not a known field"
            + (close.isEmpty() ? "; the fields here are " + String.join(", ", allowed)
                : "; did you mean " + String.join(" or ", close) + "?")));
      }
    }
    return Optional.of(object);
  }

  /** The field's value, empty when missing or null; reported when required and absent. */
  Optional<JsonNode> field(ObjectNode object, String path, String name, boolean required) {
    JsonNode value = object.get(name);
    if (value == null || value.isNull()) {
      if (required) {
        problems.add(new FieldViolation(child(path, name), null, "is required"));
      }
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** A text field. */
  Optional<String> text(ObjectNode object, String path, String name, boolean required) {
    return field(object, path, name, required).flatMap(value -> {
      if (!value.isTextual()) {
        report(child(path, name), value, "must be a text in quotes");
        return Optional.empty();
      }
      return Optional.of(value.textValue());
    });
  }

  /** A whole-number field (ranges are checked by the records). */
  Optional<Integer> integer(ObjectNode object, String path, String name, boolean required) {
    return field(object, path, name, required).flatMap(value -> wholeNumber(value,
        child(path, name)));
  }

  /** A whole number, reported when the node is anything else. */
  Optional<Integer> wholeNumber(JsonNode value, String path) {
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      report(path, value, "must be a whole number");
      return Optional.empty();
    }
    return Optional.of(value.intValue());
  }

  /** A true/false field. */
  Optional<Boolean> bool(ObjectNode object, String path, String name, boolean required) {
    return field(object, path, name, required).flatMap(value -> {
      if (!value.isBoolean()) {
        report(child(path, name), value, "must be true or false");
        return Optional.empty();
      }
      return Optional.of(value.booleanValue());
    });
  }

  /** An enum field, any case; an unknown value is reported with the allowed ones. */
  <E extends Enum<E>> Optional<E> choice(ObjectNode object, String path, String name,
      Class<E> type, boolean required) {
    return field(object, path, name, required).flatMap(value -> choice(value, child(path, name),
        type));
  }

  /** An enum value, any case; an unknown value is reported with the allowed ones. */
  <E extends Enum<E>> Optional<E> choice(JsonNode value, String path, Class<E> type) {
    String text = value.isTextual() ? value.textValue().trim().toUpperCase(Locale.ROOT) : null;
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return Optional.of(constant);
      }
    }
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    List<String> close = value.isTextual() ? EditDistance.closest(value.textValue(), names, 1)
        : List.of();
    report(path, value, "is not one of " + String.join(", ", names)
        + (close.isEmpty() ? "" : "; did you mean " + close.get(0) + "?"));
    return Optional.empty();
  }

  /**
   * Each entry of an array field read by {@code entry} (given the entry and its path); an absent
   * field is an empty list. Entries that fail are reported by {@code entry} and left out; the
   * result says whether any was.
   */
  <T> Entries<T> each(ObjectNode object, String path, String name,
      BiFunction<JsonNode, String, Optional<T>> entry) {
    Optional<JsonNode> value = field(object, path, name, false);
    if (value.isEmpty()) {
      return new Entries<>(List.of(), true);
    }
    if (!value.get().isArray()) {
      report(child(path, name), value.get(), "must be a list [ ... ]");
      return new Entries<>(List.of(), false);
    }
    List<T> result = new ArrayList<>();
    boolean complete = true;
    for (int i = 0; i < value.get().size(); i++) {
      Optional<T> read = entry.apply(value.get().get(i), child(path, name) + "[" + i + "]");
      read.ifPresent(result::add);
      complete &= read.isPresent();
    }
    return new Entries<>(List.copyOf(result), complete);
  }

  /** Entries read from a list, and whether every entry could be read. */
  record Entries<T>(List<T> values, boolean complete) {
  }

  /**
   * Runs a validating constructor; its violations are reported under {@code path} and the
   * result is empty.
   */
  <T> Optional<T> build(String path, Supplier<T> constructor) {
    try {
      return Optional.of(constructor.get());
    } catch (InvalidProfileException e) {
      reportAll(path, e.violations());
      return Optional.empty();
    }
  }

  static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** A value as shown in a message: short text as is, long text by its length only. */
  private static String shown(JsonNode value) {
    String text = value.isTextual() ? value.textValue() : value.toString();
    return text.length() > SHOWN_LENGTH ? "<" + text.length() + " characters>" : text;
  }
}
