package org.smartpick.engine.advise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.smartpick.engine.domain.profile.Advocate;
import org.smartpick.engine.domain.profile.ApplicantProfile;
import org.smartpick.engine.domain.profile.AwayRotation;
import org.smartpick.engine.domain.profile.Letter;
import org.smartpick.engine.domain.profile.RedFlag;
import org.smartpick.engine.market.MarketFrame;
import org.smartpick.engine.market.OutsideApplicantScorer;

/**
 * Puts a student's {@link ApplicantProfile} into the market model's units (docs/advise.md,
 * "From profile to model"). Letters: the mean of WEAK −1, AVERAGE 0, STRONG +0.7, EXCEPTIONAL
 * +1.4 on the letters latent (0 without letters). Reliability: the mean of the rotation outcomes
 * given (EXCELLENT +1, GOOD +0.3, MIXED −0.5, POOR −1.2), else unknown (drawn per scenario, like
 * interview skill, which is always drawn). Step 2 pending: drawn per scenario as the model draws
 * its applicants' scores for the specialty and type (the applicant mean is kept as the centre). Red
 * flags: failed attempt (also from more than one Step 1 attempt), leave of absence,
 * professionalism concern; "other" is not modelled; owned when every flag is owned. Home school:
 * the frame institution of its first academic affiliated program in the specialty (none when
 * there is none). Region: the home state's, else the school's. Advocates: the strongest standing;
 * the PDs they know are their programs plus, as in the model's generator, home programs and
 * rotation sites.
 *
 * @param applicant the student in model units
 * @param reliability known reliability, empty when it is drawn per scenario
 * @param step2Pending true when the profile's Step 2 is pending (drawn per scenario)
 */
public record StudentModel(OutsideApplicantScorer.Applicant applicant, OptionalDouble reliability,
    boolean step2Pending) {

  /** Maps a profile into the frame of a scenario set. */
  public static StudentModel of(ApplicantProfile profile, ScenarioSet set) {
    MarketFrame frame = set.frame();
    OutsideApplicantScorer scorer = new OutsideApplicantScorer(frame, set.parameters());
    Map<String, Integer> index = new HashMap<>();
    for (int j = 0; j < set.programCount(); j++) {
      index.put(frame.program(set.frameIndex(j)).acgmeId(), set.frameIndex(j));
    }
    double step2 = profile.step2().score().isPresent() ? profile.step2().score().getAsInt()
        : scorer.applicantStep2Mean(set.specialty());
    int flags = 0;
    boolean owned = true;
    if (profile.step1Attempts() > 1) {
      flags |= OutsideApplicantScorer.flagBit("FAILED_ATTEMPT");
    }
    for (RedFlag flag : profile.redFlags()) {
      String name = switch (flag.type()) {
        case FAILED_ATTEMPT -> "FAILED_ATTEMPT";
        case LEAVE_OF_ABSENCE -> "LEAVE_OF_ABSENCE";
        case PROFESSIONALISM_CONCERN -> "PROFESSIONALISM";
        case OTHER -> null;
      };
      if (name != null) {
        flags |= OutsideApplicantScorer.flagBit(name);
      }
      owned &= flag.owned();
    }
    int institution = -1;
    for (String id : profile.homeSchool().affiliatedPrograms()) {
      Integer j = index.get(id);
      if (j != null && scorer.institutionOf(j) >= 0) {
        institution = scorer.institutionOf(j);
        break;
      }
    }
    int region = profile.geography().homeState()
        .or(() -> profile.homeSchool().state())
        .map(s -> s.division().region().ordinal()).orElse(-1);
    List<Integer> rotations = new ArrayList<>();
    double reliabilitySum = 0;
    int outcomes = 0;
    for (AwayRotation rotation : profile.awayRotations()) {
      Integer j = index.get(rotation.programId());
      if (j != null) {
        rotations.add(j);
      }
      if (rotation.outcome().isPresent()) {
        reliabilitySum += switch (rotation.outcome().get()) {
          case EXCELLENT -> 1.0;
          case GOOD -> 0.3;
          case MIXED -> -0.5;
          case POOR -> -1.2;
        };
        outcomes++;
      }
    }
    int standing = -1;
    List<Integer> knows = new ArrayList<>();
    for (Advocate advocate : profile.advocates()) {
      standing = Math.max(standing, advocate.standing().ordinal());
      for (String id : advocate.programs()) {
        Integer j = index.get(id);
        if (j != null) {
          knows.add(j);
        }
      }
    }
    if (standing >= 0) {
      knows.addAll(rotations);
      for (int j = 0; j < set.programCount(); j++) {
        int f = set.frameIndex(j);
        if (institution >= 0 && scorer.institutionOf(f) == institution) {
          knows.add(f);
        }
      }
    }
    double letters = profile.letters().stream().mapToDouble(StudentModel::letterValue).average()
        .orElse(0);
    OutsideApplicantScorer.Applicant a = new OutsideApplicantScorer.Applicant(
        profile.applicantType(), set.specialty(), step2,
        Math.max(1, profile.step1Attempts()), profile.researchItems(), letters, flags,
        flags == 0 || owned, institution, region,
        rotations.stream().mapToInt(Integer::intValue).toArray(), standing,
        knows.stream().mapToInt(Integer::intValue).toArray());
    return new StudentModel(a, outcomes == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(reliabilitySum / outcomes), profile.step2().score().isEmpty());
  }

  private static double letterValue(Letter letter) {
    return switch (letter.strength()) {
      case WEAK -> -1.0;
      case AVERAGE -> 0.0;
      case STRONG -> 0.7;
      case EXCEPTIONAL -> 1.4;
    };
  }

  /** The same student with a known Step 2 score (for what-ifs and tests). */
  public StudentModel withStep2(double step2) {
    return new StudentModel(applicant.withStep2(step2), reliability, false);
  }
}
