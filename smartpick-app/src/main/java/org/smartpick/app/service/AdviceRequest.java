package org.smartpick.app.service;

import java.util.Objects;
import org.smartpick.engine.domain.profile.ApplicantProfile;

/**
 * One advice request: a validated profile, the number of scenarios K, the run seed and the worker
 * threads (results do not depend on the thread count).
 *
 * @throws InvalidInputException naming {@code scenarios} or {@code threads} when under 1
 */
public record AdviceRequest(ApplicantProfile profile, int scenarios, long seed, int threads) {

  public AdviceRequest {
    Objects.requireNonNull(profile, "profile");
    if (scenarios < 1) {
      throw new InvalidInputException("scenarios", "must be at least 1, was " + scenarios);
    }
    if (threads < 1) {
      throw new InvalidInputException("threads", "must be at least 1, was " + threads);
    }
  }
}
