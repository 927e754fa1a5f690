package org.smartpick.engine.match.synthetic;

import java.util.SplittableRandom;

/**
 * The pair-specific fit between an applicant and a program that both learn on the interview day
 * and both weigh when they rank: one standard normal draw per (applicant, program), the same on
 * either side, so that an applicant tends to rank first a program that ranks them well, as in the
 * real Match, where about half of matched applicants match at their first choice. The draw is a
 * pure function of the seed and the pair, so a value needs no storage and is identical however
 * often and in whatever order it is asked for. Immutable; O(1) per value.
 *
 * @param seed mixes into every draw; one per market
 */
record MutualFit(long seed) {
  private static final long MIX = 0x9E3779B97F4A7C15L;

  /** The standard normal fit of the applicant and the program. */
  double of(int applicant, int program) {
    return new SplittableRandom(seed * MIX ^ ((long) applicant << 32 | program)).nextGaussian();
  }
}
