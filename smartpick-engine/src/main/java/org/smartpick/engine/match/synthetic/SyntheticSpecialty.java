package org.smartpick.engine.match.synthetic;

import java.util.Objects;
import org.smartpick.engine.match.Track;

/**
 * One specialty of a synthetic market: how many programs and positions it offers and how many
 * applicants choose it as their primary specialty.
 *
 * @param name specialty name, unique within a spec
 * @param track {@link Track#CATEGORICAL} for specialties that train through residency (some of
 *     whose programs may be offered as {@link Track#ADVANCED}), {@link Track#PGY1} for one-year
 *     preliminary or transitional tracks
 * @param programs number of programs, at least 1
 * @param positions total positions, at least one per program
 * @param applicants applicants whose primary specialty this is, 0 or more
 * @param advancedShare share of the programs offered as ADVANCED (PGY-2) positions, in [0, 1];
 *     must be 0 for a PGY1 specialty
 */
public record SyntheticSpecialty(
    String name, Track track, int programs, int positions, int applicants, double advancedShare) {

  public SyntheticSpecialty {
    Objects.requireNonNull(track, "track");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("specialty name must not be blank");
    }
    if (track == Track.ADVANCED) {
      throw new IllegalArgumentException("specialty '" + name + "': track must be CATEGORICAL or "
          + "PGY1 (advanced programs come from advancedShare), was ADVANCED");
    }
    if (programs < 1) {
      throw new IllegalArgumentException("specialty '" + name + "': programs must be at least 1, was "
          + programs);
    }
    if (positions < programs) {
      throw new IllegalArgumentException("specialty '" + name + "': positions must be at least "
          + "programs (" + programs + "), was " + positions);
    }
    if (applicants < 0) {
      throw new IllegalArgumentException("specialty '" + name + "': applicants must be 0 or more, was "
          + applicants);
    }
    if (!(advancedShare >= 0 && advancedShare <= 1)) {
      throw new IllegalArgumentException("specialty '" + name + "': advancedShare must be in [0, 1], "
          + "was " + advancedShare);
    }
    if (track == Track.PGY1 && advancedShare != 0) {
      throw new IllegalArgumentException("specialty '" + name + "': a PGY1 specialty cannot offer "
          + "advanced programs, advancedShare was " + advancedShare);
    }
  }

  /** Number of this specialty's programs offered as ADVANCED, {@code round(advancedShare * programs)}. */
  public int advancedPrograms() {
    return (int) Math.round(advancedShare * programs);
  }
}
