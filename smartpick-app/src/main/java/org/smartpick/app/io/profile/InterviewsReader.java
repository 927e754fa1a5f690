package org.smartpick.app.io.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.smartpick.engine.advise.rank.InterviewSignal;
import org.smartpick.engine.advise.rank.ObservedSignal;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.domain.Program;
import org.smartpick.engine.domain.profile.ApplicantProfile;
import org.smartpick.engine.domain.profile.FieldViolation;

/**
 * Reads an interviews file (JSON or YAML): {@code rankOrder}, the ACGME ids of the programs that
 * interviewed the student in their true order of preference, and optional {@code signals}, each
 * {@code {program: id, saw: SIGNAL}}. Every problem is reported at once with line:column, field
 * and value: an id that is not in the catalog, listed twice, or not in the profile's specialty;
 * an unknown signal; a signal about a program that is not on the list. Files over
 * {@value ProfileReader#MAX_BYTES} bytes are refused. Stateless apart from the catalog; thread-safe.
 */
public final class InterviewsReader {
  private final ProgramCatalog catalog;

  public InterviewsReader(ProgramCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /**
   * Reads and checks a file against the profile.
   *
   * @throws ProfileFormatException listing every problem
   */
  public InterviewList read(Path file, ApplicantProfile profile) {
    String source = file.getFileName().toString();
    ProfileFormat format = ProfileFormat.of(file).orElseThrow(() -> new ProfileFormatException(
        source, List.of(new ProfileProblem(source, 0, 0, new FieldViolation("", null,
            "has an unknown extension; use .json, .yaml or .yml")))));
    try {
      long size = Files.size(file);
      if (size > ProfileReader.MAX_BYTES) {
        throw new ProfileFormatException(source, List.of(new ProfileProblem(source, 0, 0,
            new FieldViolation("", null, "is " + size + " bytes; the limit is "
                + ProfileReader.MAX_BYTES + " bytes"))));
      }
      return read(source, Files.readString(file, StandardCharsets.UTF_8), format, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads interviews text; {@code source} names it in messages. */
  public InterviewList read(String source, String text, ProfileFormat format,
      ApplicantProfile profile) {
    LocatedTree tree = LocatedTree.parse(source, text, format);
    List<FieldViolation> problems = new ArrayList<>();
    JsonNode root = tree.root();
    List<String> ids = rankOrder(root.path("rankOrder"), profile, problems);
    List<ObservedSignal> signals = signals(root.path("signals"), ids, problems);
    root.fieldNames().forEachRemaining(name -> {
      if (!name.equals("rankOrder") && !name.equals("signals")) {
        problems.add(new FieldViolation(name, null, "is not a field of an interviews file"
            + " (rankOrder, signals)"));
      }
    });
    if (!problems.isEmpty()) {
      throw new ProfileFormatException(source, problems.stream().map(tree::locate)
          .sorted(Comparator.comparingInt(ProfileProblem::line)
              .thenComparingInt(ProfileProblem::column)).toList());
    }
    return new InterviewList(ids, signals);
  }

  private List<String> rankOrder(JsonNode list, ApplicantProfile profile,
      List<FieldViolation> problems) {
    if (!list.isArray() || list.isEmpty()) {
      problems.add(new FieldViolation("rankOrder", null, "must list the ACGME ids of the"
          + " programs that interviewed you, most preferred first"));
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "rankOrder[" + i + "]";
      String id = list.get(i).asText();
      Optional<Program> program = catalog.program(id);
      Integer earlier = seen.putIfAbsent(id, i);
      if (!list.get(i).isValueNode() || program.isEmpty()) {
        problems.add(new FieldViolation(path, id, "is not an ACGME program id in the catalog"));
      } else if (earlier != null) {
        problems.add(new FieldViolation(path, id, "is listed twice (also rankOrder[" + earlier
            + "])"));
      } else if (!profile.specialty().isNamed(program.get().specialty())) {
        problems.add(new FieldViolation(path, id, "is a " + program.get().specialty()
            + " program; your profile's specialty is " + profile.specialty().name()));
      } else {
        ids.add(id);
      }
    }
    return ids;
  }

  private static List<ObservedSignal> signals(JsonNode list, List<String> ids,
      List<FieldViolation> problems) {
    List<ObservedSignal> signals = new ArrayList<>();
    if (list.isMissingNode()) {
      return signals;
    }
    if (!list.isArray()) {
      problems.add(new FieldViolation("signals", null, "must be a list of {program, saw}"));
      return signals;
    }
    for (int i = 0; i < list.size(); i++) {
      String path = "signals[" + i + "]";
      String id = list.get(i).path("program").asText();
      String saw = list.get(i).path("saw").asText();
      int position = ids.indexOf(id);
      Optional<InterviewSignal> signal = Arrays.stream(InterviewSignal.values())
          .filter(s -> s.name().equalsIgnoreCase(saw.replace('-', '_'))).findFirst();
      if (position < 0) {
        problems.add(new FieldViolation(path + ".program", id, "is not on rankOrder"));
      }
      if (signal.isEmpty()) {
        problems.add(new FieldViolation(path + ".saw", saw, "must be one of "
            + Arrays.stream(InterviewSignal.values()).map(s -> s.name().toLowerCase(Locale.ROOT)
                .replace('_', '-')).toList()));
      }
      if (position >= 0 && signal.isPresent()) {
        signals.add(new ObservedSignal(position, signal.get()));
      }
    }
    return signals;
  }
}
