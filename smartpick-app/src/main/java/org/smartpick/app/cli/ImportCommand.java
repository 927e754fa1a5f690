package org.smartpick.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code smartpick import}: groups the import subcommands. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import authoritative data into your data directory.",
    subcommands = {ImportProgramsCommand.class, CommandLine.HelpCommand.class})
final class ImportCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "missing what to import, e.g. 'smartpick import programs FILE.csv'");
  }
}
