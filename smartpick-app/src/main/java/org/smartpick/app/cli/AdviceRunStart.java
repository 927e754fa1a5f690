package org.smartpick.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.ThreadLocalRandom;
import org.smartpick.app.service.AdviceRequest;
import org.smartpick.app.service.InvalidInputException;
import org.smartpick.engine.domain.profile.ApplicantProfile;

/** The prologue of an {@code advise} or {@code ranklist} run: the request, announced on stderr. */
final class AdviceRunStart {
  private AdviceRunStart() {
  }

  /**
   * Builds the request for {@code profile} (threads: available processors unless given; seed:
   * drawn at random unless given) and prints {@code COMMAND: specialty, seed N, K scenarios,
   * T threads} on {@code err}.
   *
   * @throws BadInputException naming the option when the request is invalid
   */
  static AdviceRequest request(String command, ApplicantProfile profile, AdviceRunOptions options,
      PrintWriter err) {
    int workers = options.threads == null ? Runtime.getRuntime().availableProcessors()
        : options.threads;
    long runSeed = options.seed == null ? ThreadLocalRandom.current().nextLong() : options.seed;
    AdviceRequest request;
    try {
      request = new AdviceRequest(profile, options.scenarios, runSeed, workers);
    } catch (InvalidInputException e) {
      throw new BadInputException("--" + e.field() + ": " + e.detail(), e);
    }
    err.println(command + ": " + profile.specialty().name() + ", seed " + runSeed + ", "
        + options.scenarios + " scenarios, " + workers + " threads");
    return request;
  }
}
