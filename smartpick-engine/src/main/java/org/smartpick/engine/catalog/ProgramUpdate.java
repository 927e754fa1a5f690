package org.smartpick.engine.catalog;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.smartpick.engine.domain.GeoPoint;
import org.smartpick.engine.domain.Program;
import org.smartpick.engine.domain.ProgramFacts;
import org.smartpick.engine.domain.Provenance;
import org.smartpick.engine.domain.UsState;

/**
 * Authoritative values for one program from an import, by ACGME id; absent fields leave the current
 * value alone. A program not yet in the catalog needs every identifying field (name, specialty,
 * city, state, location).
 *
 * @param acgmeId 10-digit ACGME id
 * @param specialty catalog specialty name
 * @param source where the values come from (e.g. the imported file and date)
 */
public record ProgramUpdate(String acgmeId, Optional<String> name, Optional<String> specialty,
    Optional<String> city, Optional<UsState> state, Optional<GeoPoint> location,
    OptionalInt positions, Optional<Boolean> academic, ProgramFacts facts, String source) {

  public ProgramUpdate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(specialty, "specialty");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(positions, "positions");
    Objects.requireNonNull(academic, "academic");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(source, "source");
    if (!Program.isAcgmeId(acgmeId)) {
      throw new IllegalArgumentException("ACGME id '" + acgmeId + "' is not 10 digits");
    }
    if (positions.isPresent() && positions.getAsInt() < 1) {
      throw new IllegalArgumentException(acgmeId + ": positions must be at least 1");
    }
    if (source.isBlank()) {
      throw new IllegalArgumentException(acgmeId + ": the source of imported values is required");
    }
  }

  /** True if the update has every field a new program needs. */
  public boolean identifiesNewProgram() {
    return name.isPresent() && specialty.isPresent() && city.isPresent() && state.isPresent()
        && location.isPresent();
  }

  /** True if the update sets no field. */
  public boolean isEmpty() {
    return name.isEmpty() && specialty.isEmpty() && city.isEmpty() && state.isEmpty()
        && location.isEmpty() && positions.isEmpty() && academic.isEmpty()
        && facts.equals(ProgramFacts.NONE);
  }

  /**
   * This update without the values {@code current} already has from a published or imported
   * source; an estimated value counts as different, so importing it makes it authoritative.
   */
  public ProgramUpdate minus(Program current) {
    ProgramFacts now = current.facts();
    return new ProgramUpdate(acgmeId,
        name.filter(v -> !v.equals(current.name())),
        specialty.filter(v -> !v.equals(current.specialty())),
        city.filter(v -> !v.equals(current.city())),
        state.filter(v -> v != current.state()),
        location.filter(v -> !v.equals(current.location())),
        current.positionsEstimated() || current.positions().isEmpty() ? positions
            : filter(positions, current.positions()),
        current.academicEstimated() ? academic : academic.filter(v -> v != current.academic()),
        new ProgramFacts(filter(facts.medianStep2(), now.medianStep2()),
            filter(facts.pctImg(), now.pctImg()), filter(facts.pctDo(), now.pctDo()),
            facts.visaSponsorship().filter(v -> !Optional.of(v).equals(now.visaSponsorship())),
            facts.acceptsSignals().filter(v -> !Optional.of(v).equals(now.acceptsSignals())),
            filter(facts.interviewsHeld(), now.interviewsHeld())),
        source);
  }

  private static OptionalInt filter(OptionalInt value, OptionalInt current) {
    return value.equals(current) ? OptionalInt.empty() : value;
  }

  private static OptionalDouble filter(OptionalDouble value, OptionalDouble current) {
    return value.equals(current) ? OptionalDouble.empty() : value;
  }

  /** This update with {@code newer}'s values laid over it; sources are joined when both count. */
  public ProgramUpdate overlaidWith(ProgramUpdate newer) {
    if (!newer.acgmeId.equals(acgmeId)) {
      throw new IllegalArgumentException("cannot overlay " + newer.acgmeId + " on " + acgmeId);
    }
    String joined = source.equals(newer.source) || newer.isEmpty() ? source
        : source + "; " + newer.source;
    return new ProgramUpdate(acgmeId,
        or(newer.name, name), or(newer.specialty, specialty), or(newer.city, city),
        or(newer.state, state), or(newer.location, location),
        newer.positions.isPresent() ? newer.positions : positions,
        or(newer.academic, academic),
        mergeFacts(facts, newer.facts),
        joined);
  }

  private static ProgramFacts mergeFacts(ProgramFacts older, ProgramFacts newer) {
    return new ProgramFacts(
        newer.medianStep2().isPresent() ? newer.medianStep2() : older.medianStep2(),
        newer.pctImg().isPresent() ? newer.pctImg() : older.pctImg(),
        newer.pctDo().isPresent() ? newer.pctDo() : older.pctDo(),
        or(newer.visaSponsorship(), older.visaSponsorship()),
        or(newer.acceptsSignals(), older.acceptsSignals()),
        newer.interviewsHeld().isPresent() ? newer.interviewsHeld() : older.interviewsHeld());
  }

  private static <T> Optional<T> or(Optional<T> preferred, Optional<T> fallback) {
    return preferred.isPresent() ? preferred : fallback;
  }

  /**
   * Applies this update to a program (or creates it when {@code current} is null). Positions set
   * here become {@link Provenance#IMPORTED}; positions not set are left for the catalog to
   * estimate again ({@link Provenance#UNKNOWN} here).
   *
   * @throws IllegalArgumentException when creating a program without every identifying field
   */
  public Program applyTo(Program current) {
    if (current == null && !identifiesNewProgram()) {
      throw new IllegalArgumentException("new program " + acgmeId
          + " needs name, specialty, city, state, latitude and longitude");
    }
    String newName = name.orElseGet(() -> current.name());
    boolean academicValue = academic.orElseGet(() -> current == null || current.academicEstimated()
        ? AcademicClassifier.looksAcademic(newName) : current.academic());
    Provenance academicProvenance = academic.isPresent() ? Provenance.IMPORTED
        : current == null ? Provenance.ESTIMATED : current.academicProvenance();
    boolean keepPositions = positions.isEmpty() && current != null
        && current.positionsProvenance() == Provenance.IMPORTED;
    ProgramFacts oldFacts = current == null ? ProgramFacts.NONE : current.facts();
    Optional<String> oldSource = current == null ? Optional.empty() : current.importSource();
    String newSource = oldSource.filter(s -> !s.equals(source)).map(s -> s + "; " + source)
        .orElse(source);
    return new Program(acgmeId, newName,
        specialty.orElseGet(() -> current.specialty()),
        city.orElseGet(() -> current.city()),
        state.orElseGet(() -> current.state()),
        location.orElseGet(() -> current.location()),
        positions.isPresent() ? positions : keepPositions ? current.positions() : OptionalInt.empty(),
        positions.isPresent() || keepPositions ? Provenance.IMPORTED : Provenance.UNKNOWN,
        academicValue, academicProvenance, mergeFacts(oldFacts, facts), Optional.of(newSource));
  }
}
