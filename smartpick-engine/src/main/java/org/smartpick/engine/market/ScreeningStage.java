package org.smartpick.engine.market;

import org.smartpick.engine.domain.ApplicantType;
import java.util.SplittableRandom;

/**
 * Screening. The file score of an application is
 * {@code z = aScore·(S − m_j)/sd + aResearch·R̃ + aLetters·L + aGeo·geo + aRotation·rot
 * + aHome·home + a_sig(s)·sig − aFlag·flags − aDo·DO − aImg·IMG + B_pre + screenNoise·ε},
 * where the signal weight a_sig(s) of specialty s comes from {@link SignalWeights};
 * a file under the program's score floor, or from a DO/IMG applicant the program does not take,
 * is screened out unless a call before invitations rescued it (positive {@code B_pre}).
 *
 * <p>Running time O(E). Stateless; thread-safe.
 */
final class ScreeningStage {
  private final MarketFrame frame;
  private final ProgramLatents latents;
  private final MarketParameters p;
  private final double[] signalWeight;

  ScreeningStage(MarketFrame frame, ProgramLatents latents, MarketParameters p) {
    this.frame = frame;
    this.latents = latents;
    this.p = p;
    SignalWeights weights = new SignalWeights(p);
    this.signalWeight = frame.specialties().stream().mapToDouble(weights::weight).toArray();
  }

  /** Scores every file and marks those screened out (unless a call rescued them). */
  void screen(ApplicantPool pool, Applications apps, SplittableRandom random) {
    for (int i = 0; i < pool.size; i++) {
      for (int e = apps.offset[i]; e < apps.offset[i + 1]; e++) {
        apps.fileScore[e] = (float) fileScore(pool, i, apps, e, random);
        if (screenedOut(pool, i, apps.program[e]) && apps.effectBefore[e] <= 0) {
          apps.status[e] |= Applications.SCREENED_OUT;
        }
      }
    }
  }

  // The file score: scores vs the program's typical, research, letters, ties, signal, flags, calls.
  double fileScore(ApplicantPool pool, int i, Applications apps, int e, SplittableRandom random) {
    int j = apps.program[e];
    int specialty = frame.specialtyOf(j);
    SpecialtyFrame s = frame.specialties().get(specialty);
    double z = p.aScore() * (pool.step2[i] - latents.typicalStep2[j]) / p.step2Sd()
        + p.aResearch() * Standardizer.research(pool.research[i], s, p)
        + p.aLetters() * pool.letters[i]
        + (apps.has(e, Applications.GEO) ? p.aGeo() : 0)
        + (apps.has(e, Applications.ROTATION) ? p.aRotation() : 0)
        + (apps.has(e, Applications.HOME) ? p.aHome() : 0)
        + (apps.has(e, Applications.SIGNAL) ? signalWeight[specialty] : 0)
        - p.aFlag() * flagWeight(pool, i)
        - typePenalty(pool.type[i])
        + apps.effectBefore[e];
    return z + Draws.normal(random, 0, p.screenNoise());
  }

  // Each flag counts fully, an owned one at a discount.
  double flagWeight(ApplicantPool pool, int i) {
    return Integer.bitCount(pool.flags[i]) * (pool.owned[i] ? p.ownedFlagDiscount() : 1);
  }

  // Programs mark DO and IMG files down.
  double typePenalty(ApplicantType type) {
    return switch (type) {
      case US_MD_SENIOR -> 0;
      case US_DO_SENIOR -> p.aDo();
      case US_IMG, NON_US_IMG -> p.aImg();
    };
  }

  // Below the score floor, or a DO/IMG file at a program that does not take them.
  boolean screenedOut(ApplicantPool pool, int i, int j) {
    double floor = latents.floor[j];
    if (!Double.isNaN(floor) && pool.step2[i] < floor) {
      return true;
    }
    ApplicantType type = pool.type[i];
    return (type.img() && !latents.imgOpen[j])
        || (type == ApplicantType.US_DO_SENIOR && !latents.doOpen[j]);
  }
}
