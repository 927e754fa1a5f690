package org.smartpick.app.io.catalog;

import java.util.List;
import org.smartpick.engine.catalog.CsvFormatException;

/**
 * Every problem found in an import file, each naming the file, line, column, field and value.
 * Thrown before anything is written, so nothing is half-imported.
 */
public final class CatalogImportException extends IllegalArgumentException {
  private final transient List<CsvFormatException> problems;

  public CatalogImportException(String source, List<CsvFormatException> problems) {
    super(describe(source, problems));
    this.problems = List.copyOf(problems);
  }

  private static String describe(String source, List<CsvFormatException> problems) {
    StringBuilder text = new StringBuilder()
        .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
        .append(" in ").append(source).append("; nothing was imported:");
    for (CsvFormatException problem : problems) {
      text.append(System.lineSeparator()).append("  ").append(problem.getMessage());
    }
    return text.toString();
  }

  /** The problems, in file order. */
  public List<CsvFormatException> problems() {
    return problems;
  }
}
