package org.smartpick.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.smartpick.app.io.profile.ProfileFormat;
import org.smartpick.app.io.profile.ProfileTemplate;
import org.smartpick.app.io.profile.ProfileWriter;
import org.smartpick.engine.catalog.CatalogSpecialty;
import org.smartpick.engine.catalog.EditDistance;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.domain.ApplicantType;
import org.smartpick.engine.domain.profile.FieldViolation;
import org.smartpick.engine.domain.profile.ProfileCatalogCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code smartpick profile new}: writes a profile template that passes {@code profile check} as
 * it is. Never overwrites a file; creates it readable by its owner only where the file system
 * allows.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
    description = {"Write a profile template to fill in: YAML with a comment on every field,",
        "or plain JSON when the output ends in .json. Without --output, prints the YAML."})
final class ProfileNewCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Mixin
  private DataDirOption data;

  @Option(names = "--specialty", paramLabel = "NAME", defaultValue = "Internal Medicine",
      description = "NRMP or catalog specialty name, any case (default: ${DEFAULT-VALUE}).")
  private String specialty;

  @Option(names = "--type", paramLabel = "TYPE", defaultValue = "US_MD_SENIOR",
      description = "Applicant type: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private ApplicantType type;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write to this new file (.yaml, .yml or .json).")
  private Path output;

  @Override
  public void run() {
    CatalogSpecialty resolved = resolve(data.programStore().catalog());
    PrintWriter out = spec.commandLine().getOut();
    if (output == null) {
      out.print(ProfileWriter.write(ProfileTemplate.of(resolved, type), ProfileFormat.YAML));
      out.flush();
      return;
    }
    ProfileFormat format = ProfileFormat.of(output).orElseThrow(() -> new BadInputException(
        "--output: '" + output + "' must end in .yaml, .yml or .json"));
    writeNew(ProfileWriter.write(ProfileTemplate.of(resolved, type), format));
    out.println("Wrote " + output + ": a " + resolved.name() + " profile for a "
        + type.label() + ". Fill it in, then run:");
    out.println("  smartpick profile check --profile " + output);
    out.flush();
  }

  private CatalogSpecialty resolve(ProgramCatalog catalog) {
    CatalogSpecialty found = catalog.specialty(specialty).orElseThrow(() -> {
      List<String> close = EditDistance.closest(specialty, catalog.specialtyNames(), 3);
      return new BadInputException("--specialty: '" + specialty + "' is not a specialty; "
          + (close.isEmpty() ? "smartpick specialties lists them"
              : "did you mean " + String.join(" or ", close) + "?"));
    });
    for (FieldViolation problem : ProfileCatalogCheck.specialty(found)) {
      throw new BadInputException("--specialty: '" + problem.value() + "' " + problem.problem());
    }
    return found;
  }

  private void writeNew(String text) {
    try {
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(output, PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(output);
      }
      Files.writeString(output, text);
    } catch (FileAlreadyExistsException e) {
      throw new BadInputException("--output: '" + output + "' already exists; SmartPick does"
          + " not overwrite a profile (choose another name or remove it)", e);
    } catch (IOException e) {
      throw new BadInputException("--output: cannot write '" + output + "': " + e.getMessage(),
          e);
    }
  }
}
