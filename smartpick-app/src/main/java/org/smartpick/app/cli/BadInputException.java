package org.smartpick.app.cli;

/**
 * Bad user input, already phrased for the user: names the field, the value and where it is.
 * The CLI prints the message and exits with code 2.
 */
public class BadInputException extends RuntimeException {
  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
