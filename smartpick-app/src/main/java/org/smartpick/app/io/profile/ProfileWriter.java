package org.smartpick.app.io.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.smartpick.engine.advise.ErasFees;
import org.smartpick.engine.domain.profile.ApplicantProfile;

/**
 * Writes an applicant profile in the format {@link ProfileReader} reads: JSON, or YAML with a
 * comment explaining every field and its allowed values. Writing and reading back gives an equal
 * profile. Stateless and thread-safe.
 */
public final class ProfileWriter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> HEADER = List.of(
      "SmartPick applicant profile. It stays on your computer: SmartPick sends nothing anywhere.",
      "Edit the values, then check it: smartpick profile check --profile <this file>",
      "Format and examples: docs/profile.md. null means \"not given\".");

  private ProfileWriter() {
  }

  /** The profile as text in the given format. */
  public static String write(ApplicantProfile profile, ProfileFormat format) {
    return switch (format) {
      case JSON -> json(profile);
      case YAML -> CommentedYamlWriter.write(ProfileTreeWriter.write(profile),
          ProfileFieldDocs.with(ErasFees.bundled()), HEADER);
    };
  }

  private static String json(ApplicantProfile profile) {
    try {
      return JSON.writerWithDefaultPrettyPrinter()
          .writeValueAsString(ProfileTreeWriter.write(profile)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a profile tree always serialises", e);
    }
  }
}
