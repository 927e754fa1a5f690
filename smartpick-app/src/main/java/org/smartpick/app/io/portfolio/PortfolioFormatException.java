package org.smartpick.app.io.portfolio;

/**
 * A portfolio input file that cannot be used, with a message that names the file, the line and
 * column, the JSON path of the field and its value. An {@link IllegalArgumentException}, so the
 * CLI reports it as bad input (exit code 2); the web API answers 400 naming {@link #path()}.
 */
public final class PortfolioFormatException extends IllegalArgumentException {
  private final String path;

  /**
   * @param message the whole message, location first
   * @param path the JSON path of the offending field, {@code $} for the document
   */
  public PortfolioFormatException(String message, String path) {
    super(message);
    this.path = path;
  }

  /** The JSON path of the offending field, e.g. {@code programs[2].p}; {@code $} for the whole. */
  public String path() {
    return path;
  }
}
