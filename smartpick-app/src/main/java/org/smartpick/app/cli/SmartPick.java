package org.smartpick.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code smartpick} command line. Exit codes: 0 ok, 2 bad input, 1 internal error. Errors are
 * one line on standard error, never a stack trace (set {@code SMARTPICK_DEBUG=1} to see one).
 */
@Command(
    name = "smartpick",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Residency application advice built on a simulation of the NRMP Match.",
    subcommands = {
        MatchCommand.class,
        ProgramsCommand.class,
        SpecialtiesCommand.class,
        ImportCommand.class,
        SimulateCommand.class,
        OptimizeCommand.class,
        CalibrateCommand.class,
        ProfileCommand.class,
        TimelineCommand.class,
        AdviseCommand.class,
        RanklistCommand.class,
        ServeCommand.class,
        CommandLine.HelpCommand.class
    })
public final class SmartPick implements Runnable {
  /** Exit code for bad input: a malformed file, an unknown id, an impossible value. */
  public static final int EXIT_BAD_INPUT = 2;
  /** Exit code for an internal error. */
  public static final int EXIT_INTERNAL = 1;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command line with the given streams and returns the exit code (used by tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new SmartPick());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new ErrorReporter());
    commandLine.setParameterExceptionHandler(ErrorReporter::onParameterError);
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
