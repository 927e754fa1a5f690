package org.smartpick.app.io.portfolio;

/**
 * A portfolio input file that cannot be used, with a message that names the file, the line and
 * column, the JSON path of the field and its value. An {@link IllegalArgumentException}, so the
 * CLI reports it as bad input (exit code 2).
 */
public final class PortfolioFormatException extends IllegalArgumentException {
  public PortfolioFormatException(String message) {
    super(message);
  }
}
