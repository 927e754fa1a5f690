package org.smartpick.app.service;

import java.util.Objects;

/**
 * Input a use case cannot accept, naming the field (a query parameter, a JSON path) and saying
 * what is wrong with its value. The CLI shows it as {@code --option: detail} and exits 2; the web
 * API answers 400 with {@code {"error": {"field", "message"}}}.
 */
public class InvalidInputException extends IllegalArgumentException {
  private final String field;
  private final String detail;

  /**
   * @param field the field as the API names it, e.g. {@code state} or {@code programs[2].p}
   * @param detail what is wrong, quoting the value, e.g. {@code 'ZZ' is not a US state code}
   */
  public InvalidInputException(String field, String detail) {
    super(field + ": " + detail);
    this.field = Objects.requireNonNull(field, "field");
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /** The field, as the API names it. */
  public String field() {
    return field;
  }

  /** What is wrong, without the field name. */
  public String detail() {
    return detail;
  }
}
