package org.smartpick.app.cli;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one-line messages and exit codes: bad input (including an
 * {@link IllegalArgumentException} from a validating constructor) exits 2, anything else 1.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
    boolean debug = System.getenv("SMARTPICK_DEBUG") != null;
    if (debug) {
      e.printStackTrace(commandLine.getErr());
    }
    if (isBadInput(e)) {
      commandLine.getErr().println("error: " + describe(e));
      return SmartPick.EXIT_BAD_INPUT;
    }
    commandLine.getErr().println("internal error: " + describe(e)
        + (debug ? "" : " (set SMARTPICK_DEBUG=1 for details)"));
    return SmartPick.EXIT_INTERNAL;
  }

  static int onParameterError(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    commandLine.getErr().println("error: " + e.getMessage());
    commandLine.getErr().println("see: " + commandLine.getCommandSpec().qualifiedName() + " --help");
    return SmartPick.EXIT_BAD_INPUT;
  }

  private static boolean isBadInput(Throwable e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    return cause instanceof BadInputException
        || cause instanceof IllegalArgumentException
        || cause instanceof NoSuchFileException
        || cause instanceof java.io.FileNotFoundException;
  }

  private static String describe(Throwable e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof NoSuchFileException missing) {
      return "file not found: " + missing.getFile();
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }
}
