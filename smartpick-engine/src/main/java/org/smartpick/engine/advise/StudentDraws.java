package org.smartpick.engine.advise;

import java.util.SplittableRandom;
import org.smartpick.engine.market.OutsideApplicantScorer;

/**
 * The student's own random draws, shared by every evaluation on a {@link ScenarioSet} so that the
 * same seed gives the same student in each scenario: one seed per sample (a scenario with one
 * set of draws) split from the run seed in sample order; in each sample, interview skill, then reliability (used unless rotation
 * outcomes give it), then a Step 2 CK score from the model's distribution (used only while the
 * student's score is pending), then one seed per program of the specialty in program order, read
 * from the stream returned by {@link #place}. Stateless.
 */
final class StudentDraws {
  private StudentDraws() {
  }

  /** One seed per sample, split from {@code seed} in sample order. */
  static long[] sampleSeeds(long seed, int samples) {
    long[] seeds = new long[samples];
    SplittableRandom root = new SplittableRandom(seed);
    for (int k = 0; k < samples; k++) {
      seeds[k] = root.split().nextLong();
    }
    return seeds;
  }

  /**
   * Places the student in scenario k: draws interview skill and reliability from {@code random}
   * (the scenario's stream), which then yields the per-program seeds in program order.
   */
  static OutsideApplicantScorer.Student place(ScenarioSet set, OutsideApplicantScorer scorer,
      StudentModel student, int k, SplittableRandom random) {
    double skill = random.nextGaussian();
    double drawnReliability = random.nextGaussian();
    double reliability = student.reliability().orElse(drawnReliability);
    double drawnStep2 = scorer.drawStep2(set.specialty(), student.applicant().type(), random);
    OutsideApplicantScorer.Applicant applicant = student.step2Pending()
        ? student.applicant().withStep2(drawnStep2) : student.applicant();
    return scorer.student(set.latents(k), applicant, skill, reliability);
  }
}
