package org.smartpick.engine.market;

import org.smartpick.engine.domain.ApplicantType;
import java.util.SplittableRandom;

/**
 * Screening. The file score of an application is
 * {@code z = aScore·(S − m_j)/sd + aResearch·R̃ + aLetters·L + aGeo·geo + aRotation·rot
 * + aHome·home − aFlag·flags − aDo·DO − aImg·IMG + B_pre + screenNoise·ε} (0 for a file at the
 * program's typical level); a file under the program's score floor, or from a DO/IMG applicant
 * the program does not take, is screened out unless a call before invitations rescued it
 * (positive {@code B_pre}).
 *
 * <p>Signals act through a <b>two-stage review</b>: a program reviews the signalled files whose
 * score clears its specialty's bar −leniency ({@link SignalLeniency}) first, and the other
 * files only for the interview slots left ({@link Applications#REVIEW_FIRST},
 * {@link Applications#reviewKey}). So a signal's effect on P(interview) follows from the
 * leniency and from the specialty's signals per interview slot: where signals outnumber slots
 * the slots fill from signalled files.
 *
 * <p>Running time O(E). Stateless; thread-safe.
 */
final class ScreeningStage {
  private final MarketFrame frame;
  private final ProgramLatents latents;
  private final MarketParameters p;
  private final double[] signalBar;

  ScreeningStage(MarketFrame frame, ProgramLatents latents, MarketParameters p) {
    this.frame = frame;
    this.latents = latents;
    this.p = p;
    SignalLeniency leniency = new SignalLeniency(p);
    this.signalBar = frame.specialties().stream().mapToDouble(s -> -leniency.of(s)).toArray();
  }

  /**
   * Scores every file, marks those screened out (unless a call rescued them) and the signalled
   * ones reviewed first.
   */
  void screen(ApplicantPool pool, Applications apps, SplittableRandom random) {
    for (int i = 0; i < pool.size; i++) {
      for (int e = apps.offset[i]; e < apps.offset[i + 1]; e++) {
        apps.fileScore[e] = (float) fileScore(pool, i, apps, e, random);
        if (screenedOut(pool, i, apps.program[e]) && apps.effectBefore[e] <= 0) {
          apps.status[e] |= Applications.SCREENED_OUT;
        }
        markReviewFirst(apps, e);
      }
    }
  }

  /**
   * Sets or clears {@link Applications#REVIEW_FIRST} of a scored file: set for a signalled file
   * (signals go only to programs that take them) whose file score clears its specialty's bar.
   */
  void markReviewFirst(Applications apps, int e) {
    boolean first = apps.has(e, Applications.SIGNAL)
        && apps.fileScore[e] >= signalBar[frame.specialtyOf(apps.program[e])];
    apps.status[e] = first ? apps.status[e] | Applications.REVIEW_FIRST
        : apps.status[e] & ~Applications.REVIEW_FIRST;
  }

  // The file score: scores vs the program's typical, research, letters, ties, flags, calls.
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
