package org.smartpick.engine.market;

import org.smartpick.engine.domain.ApplicantType;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws the applicants of one replica: for each specialty of the frame (in frame order, each from
 * its own split stream) its primary applicants, then, for a one-specialty scope, backup applicants
 * from other specialties; then couples. Each rule is its own method below.
 *
 * <p>Running time O(A × P_s) for A applicants and P_s programs per specialty (away rotations and
 * advocates' contacts are sampled over the specialty's programs). Stateless; thread-safe.
 */
final class ApplicantGenerator {
  private static final ApplicantType[] TYPES = ApplicantType.values();
  private final MarketFrame frame;
  private final ProgramLatents latents;
  private final MarketParameters p;
  private final double[] institutionCumulative;
  private final double[] backupCumulative;
  private final double[] pgy1TrackCumulative;
  private final double[] typeShares;

  ApplicantGenerator(MarketFrame frame, ProgramLatents latents, MarketParameters p) {
    this.frame = frame;
    this.latents = latents;
    this.p = p;
    this.institutionCumulative = Draws.cumulative(frame.institutionWeights());
    double[] backupWeights = new double[frame.specialties().size()];
    for (int s = 0; s < backupWeights.length; s++) {
      SpecialtyFrame f = frame.specialties().get(s);
      backupWeights[s] = f.competitive() ? 0 : f.positions();
    }
    this.backupCumulative = Draws.cumulative(backupWeights);
    double[] trackWeights = new double[frame.specialties().size()];
    for (int s = 0; s < trackWeights.length; s++) {
      SpecialtyFrame f = frame.specialties().get(s);
      trackWeights[s] = f.pgy1Only() ? f.positions() : 0;
    }
    this.pgy1TrackCumulative = Draws.cumulative(trackWeights);
    PublishedFigures figures = PublishedFigures.bundled();
    this.typeShares = Arrays.stream(ApplicantType.values()).mapToDouble(figures::share).toArray();
  }

  /** Draws the whole pool; {@code random} supplies one split stream per specialty, then couples. */
  ApplicantPool generate(SplittableRandom random) {
    int specialties = frame.specialties().size();
    int[] primaries = new int[specialties];
    int[] backups = new int[specialties];
    int total = 0;
    for (int s = 0; s < specialties; s++) {
      primaries[s] = (int) Math.round(p.applicantPoolScale() * frame.primaryApplicants(s));
      backups[s] = (int) Math.round(p.applicantPoolScale() * frame.backupInflow(s)
          * p.singleScopeBackupPresence());
      total += primaries[s] + backups[s];
    }
    ApplicantPool pool = new ApplicantPool(total);
    int next = 0;
    for (int s = 0; s < specialties; s++) {
      SplittableRandom stream = random.split();
      for (int k = 0; k < primaries[s] + backups[s]; k++) {
        drawApplicant(pool, next++, s, k >= primaries[s], stream);
      }
    }
    pairCouples(pool, random.split());
    return pool;
  }

  private void drawApplicant(ApplicantPool pool, int i, int s, boolean backupOnly,
      SplittableRandom random) {
    SpecialtyFrame spec = frame.specialties().get(s);
    ApplicantType type = drawType(random, spec.competitive());
    pool.type[i] = type;
    pool.specialty[i] = s;
    pool.backupOnly[i] = backupOnly;
    pool.backup[i] = backupOnly ? -1 : drawBackup(random, s);
    pool.step2[i] = (float) drawStep2(random, spec, type);
    pool.step1Attempts[i] = (byte) (Draws.chance(random, failedAttemptRate(type)) ? 2 : 1);
    pool.research[i] = (short) Math.min(Short.MAX_VALUE, Draws.negativeBinomial(random,
        Standardizer.researchMean(spec, p), p.researchDispersion()));
    pool.letters[i] = (float) random.nextGaussian();
    pool.interviewSkill[i] = (float) random.nextGaussian();
    pool.reliability[i] = (float) random.nextGaussian();
    pool.flags[i] = (byte) drawFlags(random, pool.step1Attempts[i]);
    pool.owned[i] = Draws.chance(random, p.ownedFlagShare());
    pool.institution[i] = drawInstitution(random, type);
    pool.region[i] = (byte) homeRegion(random, pool.institution[i]);
    pool.standing[i] = (float) (Standardizer.fileStrength(
        Standardizer.step2(pool.step2[i], spec, p), pool.letters[i],
        Standardizer.research(pool.research[i], spec, p), p)
        + Draws.normal(random, 0, p.selfAssessmentNoise()));
    pool.rotations[i] = drawRotations(random, spec, pool.standing[i], pool.region[i]);
    pool.advocate[i] = (byte) drawAdvocate(random, type);
    pool.advocateKnows[i] = drawAdvocateContacts(random, pool, i, spec);
    pool.partner[i] = -1;
    pool.prefReputation[i] = (float) (p.prefReputation() * 2 * random.nextDouble());
    pool.prefGeo[i] = (float) (p.prefGeo() * 2 * random.nextDouble());
  }

  // Type by the 2025 national shares; competitive specialties tilt away from IMGs.
  ApplicantType drawType(SplittableRandom random, boolean competitive) {
    double[] weights = typeShares.clone();
    if (competitive) {
      for (ApplicantType t : TYPES) {
        if (t.img()) {
          weights[t.ordinal()] *= Math.exp(-p.imgTiltCompetitive());
        }
      }
    }
    return TYPES[Draws.categorical(random, Draws.cumulative(weights))];
  }

  // A backup specialty for some applicants of the national Match: applicants to a specialty with
  // advanced positions need a PGY-1 year (a PGY-1-only track, by positions) as often as its
  // positions are advanced; others some non-competitive specialty (by positions).
  int drawBackup(SplittableRandom random, int s) {
    if (!frame.scope().isNational()) {
      return -1;
    }
    SpecialtyFrame spec = frame.specialties().get(s);
    if (spec.advancedPositions() > 0 && Draws.chance(random, spec.advancedShare())) {
      return Draws.categorical(random, pgy1TrackCumulative);
    }
    double share = frame.specialties().get(s).competitive()
        ? p.backupShareCompetitive() : p.backupShareOther();
    if (!Draws.chance(random, share)) {
      return -1;
    }
    for (int attempt = 0; attempt < 8; attempt++) {
      int b = Draws.categorical(random, backupCumulative);
      if (b != s) {
        return b;
      }
    }
    return -1;
  }

  // Step 2 CK ~ N(specialty applicant mean − type shift, sd), kept on the 1..300 scale.
  double drawStep2(SplittableRandom random, SpecialtyFrame s, ApplicantType type) {
    return drawStep2(random, s, type, p);
  }

  static double drawStep2(SplittableRandom random, SpecialtyFrame s, ApplicantType type,
      MarketParameters p) {
    double shift = switch (type) {
      case US_MD_SENIOR -> 0;
      case US_DO_SENIOR -> p.step2ShiftDo();
      case US_IMG -> p.step2ShiftUsImg();
      case NON_US_IMG -> p.step2ShiftNonUsImg();
    };
    double score = Draws.normal(random, Standardizer.applicantStep2Mean(s, p) - shift, p.step2Sd());
    return Math.max(1, Math.min(300, score));
  }

  // IMGs fail a step attempt more often.
  double failedAttemptRate(ApplicantType type) {
    return Math.min(1, p.failedAttemptRate() * (type.img() ? p.failedAttemptImgMultiplier() : 1));
  }

  // Red flags: a failed attempt shows; leaves and professionalism concerns at their base rates.
  int drawFlags(SplittableRandom random, int step1Attempts) {
    int flags = step1Attempts > 1 ? RedFlag.FAILED_ATTEMPT.bit() : 0;
    if (Draws.chance(random, p.leaveRate())) {
      flags |= RedFlag.LEAVE_OF_ABSENCE.bit();
    }
    if (Draws.chance(random, p.professionalismRate())) {
      flags |= RedFlag.PROFESSIONALISM.bit();
    }
    return flags;
  }

  // US MD seniors come from an academic institution; some DOs do; IMGs do not.
  int drawInstitution(SplittableRandom random, ApplicantType type) {
    boolean hasHome = type == ApplicantType.US_MD_SENIOR
        || (type == ApplicantType.US_DO_SENIOR && Draws.chance(random, p.doHomeProgramShare()));
    return hasHome ? Draws.categorical(random, institutionCumulative) : -1;
  }

  // Home region: the institution's, else drawn like institutions (where training happens).
  int homeRegion(SplittableRandom random, int institution) {
    int source = institution >= 0 ? institution : Draws.categorical(random, institutionCumulative);
    return regionOfDivision(frame.institutionDivision(source));
  }

  private static int regionOfDivision(int division) {
    return org.smartpick.engine.domain.Division.values()[division].region().ordinal();
  }

  // 0–3 away rotations (more in competitive specialties) at programs that fit the applicant.
  int[] drawRotations(SplittableRandom random, SpecialtyFrame s, double standing, int region) {
    double mean = s.competitive() ? p.awayRotationsCompetitive() : p.awayRotationsMean();
    int count = Math.min(3, Math.min(s.programCount(), Draws.poisson(random, mean)));
    if (count == 0) {
      return new int[0];
    }
    double[] keys = new double[s.programCount()];
    for (int k = 0; k < keys.length; k++) {
      int j = s.firstProgram() + k;
      double gap = latents.reputation[j] - standing;
      boolean near = frame.program(j).region().ordinal() == region;
      keys[k] = -gap * gap / 2 + (near ? 1 : 0) + Draws.gumbel(random);
    }
    return TopK.indices(keys, count, s.firstProgram());
  }

  // An advocate for some applicants (more often US graduates), with a standing.
  int drawAdvocate(SplittableRandom random, ApplicantType type) {
    double share = type.img() ? p.advocateShareImg() : p.advocateShareUs();
    if (!Draws.chance(random, share)) {
      return -1;
    }
    double u = random.nextDouble();
    if (u < p.advocateHighStandingShare()) {
      return Standing.HIGH.ordinal();
    }
    return u < p.advocateHighStandingShare() + p.advocateLowStandingShare()
        ? Standing.LOW.ordinal() : Standing.MID.ordinal();
  }

  // The PDs an advocate knows: home programs, rotation sites, and more the higher their standing.
  int[] drawAdvocateContacts(SplittableRandom random, ApplicantPool pool, int i, SpecialtyFrame s) {
    Standing standing = pool.advocateStanding(i);
    if (standing == null) {
      return new int[0];
    }
    int extra = Math.min(s.programCount(),
        Draws.poisson(random, p.advocateReach() * p.standingMultiplier(standing)));
    int[] known = new int[s.programCount() + extra];
    int count = 0;
    for (int j = s.firstProgram(); j < s.endProgram(); j++) {
      if (pool.institution[i] >= 0 && frame.institutionOf(j) == pool.institution[i]) {
        known[count++] = j;
      }
    }
    for (int site : pool.rotations[i]) {
      known[count++] = site;
    }
    for (int k = 0; k < extra; k++) {
      known[count++] = s.firstProgram() + random.nextInt(s.programCount());
    }
    return Arrays.stream(known, 0, count).distinct().sorted().toArray();
  }

  // About coupleShare of applicants form couples, from US seniors (NRMP couples are mostly
  // graduating US students applying together); partners share a home region.
  void pairCouples(ApplicantPool pool, SplittableRandom random) {
    int[] eligible = new int[pool.size];
    int applicants = 0;
    int count = 0;
    for (int i = 0; i < pool.size; i++) {
      if (!pool.backupOnly[i]) {
        applicants++;
        if (!pool.type[i].img()) {
          eligible[count++] = i;
        }
      }
    }
    int couples = Math.min(count / 2, (int) Math.round(p.coupleShare() * applicants / 2));
    for (int k = 0; k < 2 * couples; k++) {
      int swap = k + random.nextInt(count - k);
      int chosen = eligible[swap];
      eligible[swap] = eligible[k];
      eligible[k] = chosen;
    }
    for (int c = 0; c < couples; c++) {
      int a = eligible[2 * c];
      int b = eligible[2 * c + 1];
      pool.partner[a] = b;
      pool.partner[b] = a;
      pool.region[b] = pool.region[a];
    }
  }
}
