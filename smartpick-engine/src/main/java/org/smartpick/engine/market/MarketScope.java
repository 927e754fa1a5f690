package org.smartpick.engine.market;

import java.util.Objects;
import java.util.Optional;

/**
 * What one simulated cycle covers: the national Match (every NRMP specialty that has programs in
 * the catalog, sharing one Match), or one specialty alone (its own applicants plus applicants from
 * other specialties who rank it as a backup).
 *
 * @param specialty the specialty's NRMP or catalog name, empty for the national Match
 */
public record MarketScope(Optional<String> specialty) {

  public MarketScope {
    Objects.requireNonNull(specialty, "specialty");
    if (specialty.isPresent() && specialty.get().isBlank()) {
      throw new IllegalArgumentException("specialty must not be blank");
    }
  }

  /** The national Match. */
  public static MarketScope national() {
    return new MarketScope(Optional.empty());
  }

  /** One specialty alone, by NRMP or catalog name. */
  public static MarketScope specialty(String name) {
    return new MarketScope(Optional.of(name));
  }

  /** True for the national Match. */
  public boolean isNational() {
    return specialty.isEmpty();
  }

  @Override
  public String toString() {
    return specialty.map(s -> "specialty " + s).orElse("national");
  }
}
