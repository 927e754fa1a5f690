package org.smartpick.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code smartpick profile}: groups the profile subcommands. */
@Command(name = "profile", mixinStandardHelpOptions = true,
    description = "Create and check your applicant profile (it stays on your computer).",
    subcommands = {ProfileNewCommand.class, ProfileCheckCommand.class,
        CommandLine.HelpCommand.class})
final class ProfileCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "missing what to do, e.g. 'smartpick profile new --output me.yaml'");
  }
}
