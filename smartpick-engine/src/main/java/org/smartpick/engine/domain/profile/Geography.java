package org.smartpick.engine.domain.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.smartpick.engine.domain.Region;
import org.smartpick.engine.domain.UsState;

/**
 * Where the applicant comes from and where they want (or do not want) to train. A state or region
 * may not be both preferred and avoided; an avoided region may contain a preferred state ("not
 * the South, except Texas").
 *
 * @param homeState the applicant's home state, empty for none (e.g. a non-US IMG)
 * @param preferredStates states preferred, distinct
 * @param preferredRegions Census regions preferred, distinct
 * @param avoidedStates states to avoid, distinct
 * @param avoidedRegions Census regions to avoid, distinct
 */
public record Geography(Optional<UsState> homeState, List<UsState> preferredStates,
    List<Region> preferredRegions, List<UsState> avoidedStates, List<Region> avoidedRegions) {

  /** No home state and no preferences. */
  public static final Geography NONE = new Geography(Optional.empty(), List.of(), List.of(),
      List.of(), List.of());

  public Geography {
    Objects.requireNonNull(homeState, "homeState");
    preferredStates = List.copyOf(preferredStates);
    preferredRegions = List.copyOf(preferredRegions);
    avoidedStates = List.copyOf(avoidedStates);
    avoidedRegions = List.copyOf(avoidedRegions);
    FieldChecks checks = new FieldChecks()
        .distinct("preferredStates", preferredStates)
        .distinct("preferredRegions", preferredRegions)
        .distinct("avoidedStates", avoidedStates)
        .distinct("avoidedRegions", avoidedRegions);
    for (int i = 0; i < avoidedStates.size(); i++) {
      checks.require(!preferredStates.contains(avoidedStates.get(i)), "avoidedStates[" + i + "]",
          avoidedStates.get(i).name(), "is also in preferredStates; a state is either preferred"
              + " or avoided");
    }
    for (int i = 0; i < avoidedRegions.size(); i++) {
      checks.require(!preferredRegions.contains(avoidedRegions.get(i)), "avoidedRegions[" + i
          + "]", avoidedRegions.get(i).name(), "is also in preferredRegions; a region is either"
          + " preferred or avoided");
    }
    checks.done();
  }
}
