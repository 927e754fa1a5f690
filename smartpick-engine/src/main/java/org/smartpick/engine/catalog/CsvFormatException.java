package org.smartpick.engine.catalog;

/**
 * A CSV input problem located precisely: source, 1-based line and column, and, where known, the
 * field name and the offending value.
 */
public final class CsvFormatException extends IllegalArgumentException {
  private final String source;
  private final int line;
  private final int column;
  private final String field;
  private final String value;

  public CsvFormatException(String source, int line, int column, String field, String value,
      String problem) {
    super(format(source, line, column, field, value, problem));
    this.source = source;
    this.line = line;
    this.column = column;
    this.field = field;
    this.value = value;
  }

  private static String format(String source, int line, int column, String field, String value,
      String problem) {
    StringBuilder text = new StringBuilder(source).append(": line ").append(line);
    if (column > 0) {
      text.append(", column ").append(column);
    }
    if (field != null) {
      text.append(", field '").append(field).append('\'');
    }
    if (value != null) {
      text.append(", value '").append(value).append('\'');
    }
    return text.append(": ").append(problem).toString();
  }

  public String source() {
    return source;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The field name, or null when the problem is not about one field. */
  public String field() {
    return field;
  }

  /** The offending value, or null. */
  public String value() {
    return value;
  }
}
