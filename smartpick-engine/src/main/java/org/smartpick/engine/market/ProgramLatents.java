package org.smartpick.engine.market;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The latent attributes of every program of a frame in one replica: reputation, typical Step 2 of
 * its interviewees, score floor (NaN when none), interview slots, openness to DO and IMG
 * applicants, whether it accepts signals, and whether it is high-profile (the top reputations of
 * its specialty). Drawn afresh per replica (scenario uncertainty).
 *
 * <p>Drawing is O(P log P). Arrays are the object's own and not modified after drawing.
 */
public final class ProgramLatents {
  final double[] reputation;
  final double[] typicalStep2;
  final double[] floor;
  final int[] interviewSlots;
  final boolean[] imgOpen;
  final boolean[] doOpen;
  final boolean[] acceptsSignals;
  final boolean[] highProfile;

  private ProgramLatents(int n) {
    reputation = new double[n];
    typicalStep2 = new double[n];
    floor = new double[n];
    interviewSlots = new int[n];
    imgOpen = new boolean[n];
    doOpen = new boolean[n];
    acceptsSignals = new boolean[n];
    highProfile = new boolean[n];
  }

  /** Draws the latents of every program in frame order from one stream. */
  static ProgramLatents draw(MarketFrame frame, MarketParameters p, SplittableRandom random) {
    int n = frame.programCount();
    ProgramLatents latents = new ProgramLatents(n);
    for (int j = 0; j < n; j++) {
      boolean academic = frame.program(j).academic();
      SpecialtyFrame s = frame.specialties().get(frame.specialtyOf(j));
      latents.reputation[j] = reputation(random, academic, p);
      latents.typicalStep2[j] = s.step2Mean() + p.reputationScoreSlope() * latents.reputation[j];
      latents.floor[j] = Draws.chance(random, p.floorShare())
          ? latents.typicalStep2[j] - p.floorMargin() : Double.NaN;
      latents.interviewSlots[j] = interviewSlots(frame.program(j).positions().getAsInt(), p);
      latents.imgOpen[j] = Draws.chance(random, academic ? p.imgOpenAcademic() : p.imgOpenCommunity());
      latents.doOpen[j] = Draws.chance(random, p.doOpenShare());
      latents.acceptsSignals[j] = Draws.chance(random, p.signalAcceptShare());
    }
    for (SpecialtyFrame s : frame.specialties()) {
      markHighProfile(latents, s, p.highProfileShare());
    }
    return latents;
  }

  // Reputation is standard normal, shifted up for academic programs.
  static double reputation(SplittableRandom random, boolean academic, MarketParameters p) {
    return random.nextGaussian() + (academic ? p.academicReputationShift() : 0);
  }

  // A program interviews about κ applicants per position (at least one per position).
  static int interviewSlots(int positions, MarketParameters p) {
    return Math.max(positions, (int) Math.round(p.interviewsPerPosition() * positions));
  }

  // The top share of a specialty's programs by reputation is high-profile.
  private static void markHighProfile(ProgramLatents latents, SpecialtyFrame s, double share) {
    int count = (int) Math.round(share * s.programCount());
    if (count == 0) {
      return;
    }
    double[] sorted = Arrays.copyOfRange(latents.reputation, s.firstProgram(), s.endProgram());
    Arrays.sort(sorted);
    double threshold = sorted[sorted.length - count];
    for (int j = s.firstProgram(); j < s.endProgram(); j++) {
      latents.highProfile[j] = latents.reputation[j] >= threshold;
    }
  }

  /** The program's latent reputation (standard normal, academic shifted). */
  public double reputation(int program) {
    return reputation[program];
  }

  /** The program's score floor, or NaN when it has none. */
  public double floor(int program) {
    return floor[program];
  }

  /** True when the program is among its specialty's most reputed. */
  public boolean highProfile(int program) {
    return highProfile[program];
  }
}
