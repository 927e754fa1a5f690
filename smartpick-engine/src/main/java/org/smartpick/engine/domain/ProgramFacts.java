package org.smartpick.engine.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Program facts that the bundled list does not have and only an import supplies; every field is
 * optional and absent by default.
 *
 * @param medianStep2 median Step 2 CK of the program's matched residents, 1..300
 * @param pctImg percentage of residents who are international medical graduates, 0..100
 * @param pctDo percentage of residents who are osteopathic (DO) graduates, 0..100
 * @param visaSponsorship whether the program sponsors visas
 * @param acceptsSignals whether the program takes part in preference signalling
 * @param interviewsHeld interviews held per cycle, ≥ 0
 */
public record ProgramFacts(OptionalInt medianStep2, OptionalDouble pctImg, OptionalDouble pctDo,
    Optional<Boolean> visaSponsorship, Optional<Boolean> acceptsSignals,
    OptionalInt interviewsHeld) {

  /** No facts known. */
  public static final ProgramFacts NONE = new ProgramFacts(OptionalInt.empty(),
      OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), Optional.empty(),
      OptionalInt.empty());

  public ProgramFacts {
    Objects.requireNonNull(medianStep2, "medianStep2");
    Objects.requireNonNull(pctImg, "pctImg");
    Objects.requireNonNull(pctDo, "pctDo");
    Objects.requireNonNull(visaSponsorship, "visaSponsorship");
    Objects.requireNonNull(acceptsSignals, "acceptsSignals");
    Objects.requireNonNull(interviewsHeld, "interviewsHeld");
    medianStep2.ifPresent(v -> requireRange("medianStep2", v, 1, 300));
    pctImg.ifPresent(v -> requireRange("pctImg", v, 0, 100));
    pctDo.ifPresent(v -> requireRange("pctDo", v, 0, 100));
    interviewsHeld.ifPresent(v -> requireRange("interviewsHeld", v, 0, Integer.MAX_VALUE));
  }

  private static void requireRange(String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(field + " " + value + " is outside " + min + ".." + max);
    }
  }
}
