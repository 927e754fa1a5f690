package org.smartpick.engine.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A strict, small CSV table (RFC 4180: comma separated, double-quoted fields, doubled quotes inside
 * quotes) with a header row. Every row remembers its 1-based line number so that errors can name
 * the file, line, column and field.
 *
 * <p>Immutable once read; safe to share between threads.
 */
public final class CsvTable {
  private final String source;
  private final List<String> header;
  private final Map<String, Integer> columnIndex;
  private final List<Row> rows;

  private CsvTable(String source, List<String> header, List<RawRecord> records) {
    this.source = source;
    this.header = List.copyOf(header);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      index.put(header.get(i), i);
    }
    this.columnIndex = Collections.unmodifiableMap(index);
    List<Row> built = new ArrayList<>(records.size());
    for (RawRecord record : records) {
      built.add(new Row(record.line(), record.fields()));
    }
    this.rows = List.copyOf(built);
  }

  private record RawRecord(int line, List<String> fields) {
  }

  /**
   * Reads a whole table. Blank lines are skipped; a row whose field count differs from the header
   * is an error.
   *
   * @param source name used in error messages (a file name or resource path)
   * @throws CsvFormatException on malformed input, naming source, line and column
   */
  public static CsvTable read(String source, Reader reader) throws IOException {
    Objects.requireNonNull(source, "source");
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<String> header = null;
    List<RawRecord> rows = new ArrayList<>();
    RecordReader records = new RecordReader(source, in);
    List<String> fields;
    while ((fields = records.next()) != null) {
      int line = records.recordStartLine();
      if (fields.size() == 1 && fields.get(0).isEmpty()) {
        continue;
      }
      if (header == null) {
        header = stripBom(fields);
        checkHeader(source, header);
        continue;
      }
      if (fields.size() != header.size()) {
        throw new CsvFormatException(source, line, fields.size(), null, null,
            "expected " + header.size() + " fields (" + String.join(",", header) + ") but found "
                + fields.size());
      }
      rows.add(new RawRecord(line, fields));
    }
    if (header == null) {
      throw new CsvFormatException(source, 1, 1, null, null, "the file is empty (no header row)");
    }
    return new CsvTable(source, header, rows);
  }

  private static List<String> stripBom(List<String> header) {
    List<String> copy = new ArrayList<>(header);
    if (!copy.isEmpty() && copy.get(0).startsWith("\uFEFF")) {
      copy.set(0, copy.get(0).substring(1));
    }
    return copy;
  }

  private static void checkHeader(String source, List<String> header) {
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).trim();
      if (name.isEmpty()) {
        throw new CsvFormatException(source, 1, i + 1, null, null, "empty column name in header");
      }
      if (header.subList(0, i).contains(name)) {
        throw new CsvFormatException(source, 1, i + 1, name, null, "duplicate column name in header");
      }
    }
  }

  public String source() {
    return source;
  }

  public List<String> header() {
    return header;
  }

  public List<Row> rows() {
    return rows;
  }

  /** Fails unless every named column is present; the message lists what is missing. */
  public void requireColumns(String... names) {
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      if (!columnIndex.containsKey(name)) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw new CsvFormatException(source, 1, 0, String.join(",", missing), null,
          "missing required column(s); the header has " + String.join(",", header));
    }
  }

  /** True if the header has this column. */
  public boolean hasColumn(String name) {
    return columnIndex.containsKey(name);
  }

  /** One data row with its line number in the source. */
  public final class Row {
    private final int line;
    private final List<String> fields;

    private Row(int line, List<String> fields) {
      this.line = line;
      this.fields = List.copyOf(fields);
    }

    /** 1-based line number where this record starts. */
    public int line() {
      return line;
    }

    /** The table's source name (file name or resource path). */
    public String source() {
      return source;
    }

    /** True if the table has this column. */
    public boolean hasColumn(String name) {
      return columnIndex.containsKey(name);
    }

    /** 1-based column number of a named field. */
    public int column(String name) {
      Integer index = columnIndex.get(name);
      if (index == null) {
        throw new IllegalArgumentException("no column " + name + " in " + source);
      }
      return index + 1;
    }

    /** The raw text of a field, trimmed. */
    public String get(String name) {
      return fields.get(column(name) - 1).trim();
    }

    /** An error about one field of this row, naming source, line, column, field and value. */
    public CsvFormatException error(String field, String message) {
      return new CsvFormatException(source, line, column(field), field, get(field), message);
    }

    /** A required non-empty text field. */
    public String text(String name) {
      String value = get(name);
      if (value.isEmpty()) {
        throw error(name, "must not be empty");
      }
      return value;
    }

    /** A required integer field. */
    public int integer(String name) {
      String value = text(name);
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw error(name, "is not a whole number");
      }
    }

    /** An optional integer field: empty means absent. */
    public java.util.OptionalInt optionalInteger(String name) {
      return get(name).isEmpty() ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(integer(name));
    }

    /** A required decimal field (finite). */
    public double decimal(String name) {
      String value = text(name);
      double parsed;
      try {
        parsed = Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw error(name, "is not a number");
      }
      if (!Double.isFinite(parsed)) {
        throw error(name, "is not a finite number");
      }
      return parsed;
    }

    /** An optional decimal field: empty means absent. */
    public java.util.OptionalDouble optionalDecimal(String name) {
      return get(name).isEmpty() ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(decimal(name));
    }
  }

  /** Splits the character stream into records, honouring quoted fields that span lines. */
  private static final class RecordReader {
    private final String source;
    private final BufferedReader in;
    private int line;
    private int recordStartLine;

    RecordReader(String source, BufferedReader in) {
      this.source = source;
      this.in = in;
    }

    int recordStartLine() {
      return recordStartLine;
    }

    List<String> next() throws IOException {
      String text = in.readLine();
      if (text == null) {
        return null;
      }
      line++;
      recordStartLine = line;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean fieldWasQuoted = false;
      int column = 1;
      int i = 0;
      while (true) {
        if (i == text.length()) {
          if (!quoted) {
            break;
          }
          String more = in.readLine();
          if (more == null) {
            throw new CsvFormatException(source, recordStartLine, column, null, null,
                "unterminated quoted field");
          }
          line++;
          field.append('\n');
          text = more;
          i = 0;
          continue;
        }
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            quoted = false;
            i++;
            continue;
          }
          field.append(c);
          i++;
          continue;
        }
        if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
          fieldWasQuoted = false;
          column++;
          i++;
        } else if (c == '"') {
          if (field.toString().trim().isEmpty() && !fieldWasQuoted) {
            field.setLength(0);
            quoted = true;
            fieldWasQuoted = true;
            i++;
          } else {
            throw new CsvFormatException(source, recordStartLine, column, null, field.toString(),
                "unexpected quote inside an unquoted field");
          }
        } else {
          if (fieldWasQuoted && !Character.isWhitespace(c)) {
            throw new CsvFormatException(source, recordStartLine, column, null, field.toString(),
                "text after the closing quote of a field");
          }
          field.append(c);
          i++;
        }
      }
      fields.add(field.toString());
      return fields;
    }
  }
}
