package org.smartpick.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.smartpick.app.io.profile.ProfileReader;
import org.smartpick.engine.advise.ErasFees;
import org.smartpick.engine.domain.profile.ApplicantProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code smartpick profile check}: reads a profile and prints a short summary, or every problem
 * found (exit code 2). Program ids are checked against the catalog including your imports.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Validate a profile: a short summary, or every problem with file:line:column.")
final class ProfileCheckCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Mixin
  private DataDirOption data;

  @Option(names = "--profile", paramLabel = "FILE", required = true,
      description = "The profile (.yaml, .yml or .json).")
  private Path profile;

  @Override
  public void run() {
    ApplicantProfile read = new ProfileReader(data.programStore().catalog()).read(profile);
    PrintWriter out = spec.commandLine().getOut();
    out.println(profile.getFileName() + ": OK");
    out.print(ProfileSummary.of(read, ErasFees.bundled()));
    out.flush();
  }
}
