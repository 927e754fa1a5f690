package org.smartpick.app.io.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.domain.profile.ApplicantProfile;
import org.smartpick.engine.domain.profile.FieldViolation;

/**
 * Reads an applicant profile from a JSON or YAML file (format described in docs/profile.md).
 * Every problem is reported at once in a {@link ProfileFormatException}, each with line:column,
 * path, value and allowed range; unknown fields get "did you mean" hints. Files larger than
 * {@value #MAX_BYTES} bytes are refused unread.
 *
 * <p>Never logs the profile's content. Stateless apart from the catalog; thread-safe.
 */
public final class ProfileReader {
  /** The largest profile file accepted, in bytes. */
  public static final int MAX_BYTES = 256 * 1024;

  private final ProgramCatalog catalog;

  public ProfileReader(ProgramCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /**
   * Reads a {@code .json}, {@code .yaml} or {@code .yml} file (UTF-8).
   *
   * @throws ProfileFormatException listing every problem
   * @throws UncheckedIOException when the file cannot be read (e.g. it does not exist)
   */
  public ApplicantProfile read(Path file) {
    String source = file.getFileName().toString();
    ProfileFormat format = ProfileFormat.of(file).orElseThrow(() -> single(source,
        "has an unknown extension; use .json, .yaml or .yml"));
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw single(source, "is " + size + " bytes; the limit is " + MAX_BYTES + " bytes");
      }
      return read(source, decode(source, Files.readAllBytes(file)), format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads profile text.
   *
   * @param source the name used in messages (a file name)
   * @throws ProfileFormatException listing every problem
   */
  public ApplicantProfile read(String source, String text, ProfileFormat format) {
    if (text.length() > MAX_BYTES) {
      throw single(source, "is " + text.length() + " characters; the limit is " + MAX_BYTES);
    }
    LocatedTree tree = LocatedTree.parse(source, text, format);
    ProfileTreeReader reader = new ProfileTreeReader(catalog);
    Optional<ApplicantProfile> profile = reader.read(tree.root());
    if (profile.isPresent()) {
      return profile.get();
    }
    throw new ProfileFormatException(source, reader.problems().stream().map(tree::locate)
        .sorted(Comparator.comparingInt(ProfileProblem::line)
            .thenComparingInt(ProfileProblem::column))
        .toList());
  }

  private static String decode(String source, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw single(source, "is not UTF-8 text");
    }
  }

  private static ProfileFormatException single(String source, String problem) {
    return new ProfileFormatException(source, List.of(new ProfileProblem(source, 0, 0,
        new FieldViolation("", null, problem))));
  }
}
