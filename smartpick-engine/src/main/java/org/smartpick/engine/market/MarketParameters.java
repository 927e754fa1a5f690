package org.smartpick.engine.market;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * Every free parameter of the market model, with defaults, as one immutable validated record.
 *
 * <p>Defaults: figures that are directly published come from the bundled data through
 * {@link PublishedFigures} (share of programs with a score floor, share accepting signals, leave of
 * absence rate, couples, endorsement effects, mean applications by type); the program rank-score
 * weights are the seed's field weights (interview 35, home/rotation 20, letters 15, backchannel 15,
 * scores 10, research 5); everything else is an estimate to be calibrated (see
 * {@code docs/market-model.md}). {@link #fitted()} lays the bundled fitted values over the defaults.
 *
 * <p>For derivative-free optimizers there is a named numeric vector view: {@link #names()},
 * {@link #toVector()}, {@link #withVector(double[])}, {@link #lowerBounds()},
 * {@link #upperBounds()} (integer parameters are rounded). The constructor rejects any value
 * outside its {@link Range}, naming the parameter and the value. Immutable and thread-safe.
 */
public record MarketParameters(
    // --- applicant pool ---
    @Range(min = 0.3, max = 3) double applicantPoolScale,
    @Range(min = 0, max = 5) double imgTiltCompetitive,
    @Range(min = 200, max = 270) double competitiveStep2Mean,
    @Range(min = -20, max = 30) double step2SelectionGap,
    @Range(min = 3, max = 30) double step2Sd,
    @Range(min = -20, max = 40) double step2ShiftDo,
    @Range(min = -20, max = 40) double step2ShiftUsImg,
    @Range(min = -20, max = 40) double step2ShiftNonUsImg,
    @Range(min = 0, max = 60) double researchMeanBase,
    @Range(min = 0, max = 60) double researchMeanCompetitive,
    @Range(min = 0.1, max = 50) double researchDispersion,
    @Range(min = 0, max = 0.5) double failedAttemptRate,
    @Range(min = 1, max = 10) double failedAttemptImgMultiplier,
    @Range(min = 0, max = 0.5) double leaveRate,
    @Range(min = 0, max = 0.3) double professionalismRate,
    @Range(min = 0, max = 1) double ownedFlagShare,
    @Range(min = 0, max = 3) double awayRotationsMean,
    @Range(min = 0, max = 3) double awayRotationsCompetitive,
    @Range(min = 0, max = 1) double advocateShareUs,
    @Range(min = 0, max = 1) double advocateShareImg,
    @Range(min = 0, max = 1) double advocateHighStandingShare,
    @Range(min = 0, max = 1) double advocateLowStandingShare,
    @Range(min = 0, max = 50) double advocateReach,
    @Range(min = 0, max = 0.3) double coupleShare,
    @Range(min = 0, max = 1) double backupShareCompetitive,
    @Range(min = 0, max = 1) double backupShareOther,
    @Range(min = 0, max = 1) double singleScopeBackupPresence,
    @Range(min = 0, max = 1) double doHomeProgramShare,
    // --- programs ---
    @Range(min = 0, max = 3) double academicReputationShift,
    @Range(min = 0, max = 20) double reputationScoreSlope,
    @Range(min = 0, max = 1) double floorShare,
    @Range(min = 0, max = 60) double floorMargin,
    @Range(min = 1, max = 40) double interviewsPerPosition,
    @Range(min = 0, max = 1) double imgOpenAcademic,
    @Range(min = 0, max = 1) double imgOpenCommunity,
    @Range(min = 0, max = 1) double doOpenShare,
    @Range(min = 0, max = 1) double signalAcceptShare,
    @Range(min = 0, max = 1) double highProfileShare,
    // --- applications and signals ---
    @Range(min = 0.1, max = 5) double applicationScale,
    @Range(min = 0.2, max = 5) double applicationsCompetitiveScale,
    @Range(min = 0, max = 10) double betaFit,
    @Range(min = 0, max = 10) double betaGeo,
    @Range(min = 0, max = 10) double applicationNoise,
    @Range(min = 0, max = 1) double backupApplicationShare,
    @Range(min = 0, max = 5) double selfAssessmentNoise,
    @Range(min = -3, max = 5) double signalReach,
    // --- screening (file score) ---
    @Range(min = 0, max = 10) double aScore,
    @Range(min = 0, max = 10) double aResearch,
    @Range(min = 0, max = 10) double aLetters,
    @Range(min = 0, max = 10) double aGeo,
    @Range(min = 0, max = 10) double aRotation,
    @Range(min = 0, max = 10) double aHome,
    @Range(min = 0, max = 10) double aFlag,
    @Range(min = 0, max = 10) double aDo,
    @Range(min = 0, max = 10) double aImg,
    @Range(min = 0, max = 10) double screenNoise,
    @Range(min = 0, max = 1) double ownedFlagDiscount,
    @Range(min = 1, max = 60) int maxInterviews,
    @Range(min = 1, max = 10) int invitationRounds,
    // --- program rank score ---
    @Range(min = 0, max = 1) double wInterview,
    @Range(min = 0, max = 1) double wHomeRotation,
    @Range(min = 0, max = 1) double wLetters,
    @Range(min = 0, max = 1) double wBackchannel,
    @Range(min = 0, max = 1) double wScores,
    @Range(min = 0, max = 1) double wResearch,
    @Range(min = 0, max = 5) double rankNoise,
    @Range(min = 0, max = 5) double interviewNoise,
    @Range(min = 0, max = 5) double rotationNoise,
    @Range(min = -10, max = 0) double doNotRankBelow,
    // --- applicants' preferences ---
    @Range(min = 0, max = 5) double prefReputation,
    @Range(min = 0, max = 5) double prefGeo,
    @Range(min = 0, max = 5) double prefNoise,
    @Range(min = 0, max = 3000) double coupleDistanceKm,
    @Range(min = 1, max = 1000) int maxCouplePairs,
    // --- backchannel calls ---
    @Range(min = -15, max = 5) double c0,
    @Range(min = 0, max = 10) double cCompetitive,
    @Range(min = 0, max = 10) double cTie,
    @Range(min = 0, max = 10) double cRotation,
    @Range(min = 0, max = 10) double cMismatch,
    @Range(min = 0, max = 10) double cAdvocate,
    @Range(min = 0, max = 5) double mismatchGap,
    @Range(min = 0, max = 1) double endorseKnownUp,
    @Range(min = 0, max = 1) double endorseUnknownUp,
    @Range(min = 0, max = 1) double ownMessageUp,
    @Range(min = 0, max = 1) double ownMessageShare,
    @Range(min = 0, max = 5) double callEffectSize,
    @Range(min = 0, max = 5) double standingLow,
    @Range(min = 0, max = 10) double standingHigh,
    @Range(min = 0, max = 10) double flagRevealPenalty,
    @Range(min = 0, max = 1) double ownedFlagOffset,
    @Range(min = -5, max = 5) double politeNegativeBelow,
    // --- couples (appended: earlier names and vector positions are unchanged) ---
    @Range(min = 1, max = 3) double coupleApplicationScale,
    @Range(min = 0, max = 10) double coupleMetroBonus,
    @Range(min = 0, max = 5) double coupleMetroPreference,
    // --- call reasons: the share of PD vetting calls whose worry is a soft professionalism signal ---
    @Range(min = 0, max = 1) double softConcernShare,
    // --- two-stage review: leniency toward signalled files at the specialties with published
    // signal figures; the others are interpolated by signal share (SignalLeniency) ---
    @Range(min = -10, max = 10) double signalLeniencyEmergency,
    @Range(min = -10, max = 10) double signalLeniencyInternalMedicine,
    @Range(min = -10, max = 10) double signalLeniencyOrthopaedics,
    // --- national structure: share of the NRMP applicants of a specialty without catalog programs
    // (PGY-1-only tracks, Medicine-Primary, …) for whom it is the primary choice (estimated) ---
    @Range(min = 0, max = 1) double syntheticPrimaryShare,
    // --- applicant volume: share of a competitive specialty's NRMP applicants (counted once)
    // for whom it is the primary choice, in the national and the one-specialty scope; nationally
    // the rest of the active applicants are spread over the other specialties (estimated: the
    // model sends competitive specialties no backups, and few applicants use one as a backup) ---
    @Range(min = 0, max = 1) double competitivePrimaryShare) {

  /** The valid interval of a parameter, used for validation and as optimizer bounds. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.RECORD_COMPONENT)
  public @interface Range {
    /** Smallest valid value. */
    double min();

    /** Largest valid value. */
    double max();
  }

  private static final RecordComponent[] COMPONENTS = MarketParameters.class.getRecordComponents();

  public MarketParameters {
    check(new double[] {applicantPoolScale, imgTiltCompetitive, competitiveStep2Mean,
        step2SelectionGap, step2Sd, step2ShiftDo, step2ShiftUsImg, step2ShiftNonUsImg,
        researchMeanBase, researchMeanCompetitive, researchDispersion, failedAttemptRate,
        failedAttemptImgMultiplier, leaveRate, professionalismRate, ownedFlagShare,
        awayRotationsMean, awayRotationsCompetitive, advocateShareUs, advocateShareImg,
        advocateHighStandingShare, advocateLowStandingShare, advocateReach, coupleShare,
        backupShareCompetitive, backupShareOther, singleScopeBackupPresence, doHomeProgramShare,
        academicReputationShift, reputationScoreSlope, floorShare, floorMargin,
        interviewsPerPosition, imgOpenAcademic, imgOpenCommunity, doOpenShare, signalAcceptShare,
        highProfileShare, applicationScale, applicationsCompetitiveScale, betaFit, betaGeo,
        applicationNoise, backupApplicationShare, selfAssessmentNoise, signalReach, aScore,
        aResearch, aLetters, aGeo, aRotation, aHome, aFlag, aDo, aImg, screenNoise,
        ownedFlagDiscount, maxInterviews, invitationRounds, wInterview, wHomeRotation, wLetters, wBackchannel,
        wScores, wResearch, rankNoise, interviewNoise, rotationNoise, doNotRankBelow,
        prefReputation, prefGeo, prefNoise, coupleDistanceKm, maxCouplePairs, c0, cCompetitive,
        cTie, cRotation, cMismatch, cAdvocate, mismatchGap, endorseKnownUp, endorseUnknownUp,
        ownMessageUp, ownMessageShare, callEffectSize, standingLow, standingHigh,
        flagRevealPenalty, ownedFlagOffset, politeNegativeBelow, coupleApplicationScale,
        coupleMetroBonus, coupleMetroPreference, softConcernShare, signalLeniencyEmergency,
        signalLeniencyInternalMedicine, signalLeniencyOrthopaedics, syntheticPrimaryShare,
        competitivePrimaryShare});
    if (advocateHighStandingShare + advocateLowStandingShare > 1) {
      throw new IllegalArgumentException("advocateHighStandingShare " + advocateHighStandingShare
          + " + advocateLowStandingShare " + advocateLowStandingShare + " exceed 1");
    }
  }

  private static void check(double[] values) {
    for (int k = 0; k < values.length; k++) {
      Range range = COMPONENTS[k].getAnnotation(Range.class);
      double v = values[k];
      if (!(v >= range.min() && v <= range.max())) {
        throw new IllegalArgumentException("market parameter " + COMPONENTS[k].getName() + " = "
            + v + " is outside its range " + range.min() + ".." + range.max());
      }
    }
  }

  /**
   * The model's defaults: published figures from the bundled data where a parameter is directly
   * observed, the seed's weights for the rank score, estimates elsewhere.
   */
  public static MarketParameters defaults() {
    return Defaults.VALUES;
  }

  /** The defaults with the bundled fitted values (if calibration wrote any) laid over them. */
  public static MarketParameters fitted() {
    return MarketParametersFile.bundledFitted();
  }

  private static final class Defaults {
    static final MarketParameters VALUES = build(PublishedFigures.bundled());

    private static MarketParameters build(PublishedFigures f) {
      double couples = f.target("T32");
      double rankListApplicants = f.target("T02");
      return new MarketParameters(
          1.0, 1.0, 251, 4, 15, 3, 8, 6,
          4, 12, 1.5, 0.04, 2.5, f.target("T38"), 0.02, 0.5,
          0.6, 2.0, 0.35, 0.10, 0.2, 0.4, 4, 2 * couples / rankListApplicants,
          0.30, 0.08, 0.3, 0.25,
          0.8, 4, f.target("T20"), 20, 11, 0.35, 0.75, 0.9, f.target("T31"), 0.15,
          1.0, 1.3, 1.0, 0.8, 1.0, 0.3, 0.5, 0.75,
          1.0, 0.3, 0.4, 0.5, 1.2, 1.5, 1.0, 0.1, 0.6, 1.0, 0.5, 17, 3,
          0.35, 0.20, 0.15, 0.15, 0.10, 0.05, 0.3, 0.7, 0.5, -2.5,
          1.0, 1.0, 1.0, 500, 150,
          -5.0, 1.0, 1.5, 1.8, 2.0, 2.0, 1.5, f.target("T26"), f.target("T27"), f.target("T28"),
          0.3, 1.0, 0.5, 2.0, 1.5, 0.8, -1.0,
          1.3, 1.0, 1.0, 0.55,
          1.0, 0.0, 3.0, 0.1, 0.9);
    }
  }

  /** The parameter names, in vector order (the record's component order). */
  public static List<String> names() {
    return Arrays.stream(COMPONENTS).map(RecordComponent::getName).toList();
  }

  /** Each parameter's smallest valid value, in vector order. */
  public static double[] lowerBounds() {
    return Arrays.stream(COMPONENTS).mapToDouble(c -> c.getAnnotation(Range.class).min()).toArray();
  }

  /** Each parameter's largest valid value, in vector order. */
  public static double[] upperBounds() {
    return Arrays.stream(COMPONENTS).mapToDouble(c -> c.getAnnotation(Range.class).max()).toArray();
  }

  /** The values in vector order. */
  public double[] toVector() {
    double[] vector = new double[COMPONENTS.length];
    for (int k = 0; k < vector.length; k++) {
      try {
        vector[k] = ((Number) COMPONENTS[k].getAccessor().invoke(this)).doubleValue();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read parameter " + COMPONENTS[k].getName(), e);
      }
    }
    return vector;
  }

  /**
   * A copy with all values replaced, in vector order; integer parameters are rounded.
   *
   * @throws IllegalArgumentException if the length differs or a value is outside its range
   */
  public MarketParameters withVector(double[] vector) {
    if (vector.length != COMPONENTS.length) {
      throw new IllegalArgumentException("parameter vector has " + vector.length
          + " values, the model has " + COMPONENTS.length + " parameters");
    }
    Object[] args = new Object[vector.length];
    Class<?>[] types = new Class<?>[vector.length];
    for (int k = 0; k < vector.length; k++) {
      types[k] = COMPONENTS[k].getType();
      args[k] = types[k] == int.class ? (Object) (int) Math.round(vector[k]) : (Object) vector[k];
    }
    try {
      Constructor<MarketParameters> constructor = MarketParameters.class.getDeclaredConstructor(types);
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException bad) {
        throw bad;
      }
      throw new IllegalStateException("cannot build parameters", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build parameters", e);
    }
  }

  /**
   * A copy with one parameter replaced.
   *
   * @throws IllegalArgumentException for an unknown name (listing the valid ones) or a bad value
   */
  public MarketParameters with(String name, double value) {
    int k = names().indexOf(name);
    if (k < 0) {
      throw new IllegalArgumentException("unknown market parameter '" + name + "'; valid names: "
          + String.join(", ", names()));
    }
    double[] vector = toVector();
    vector[k] = value;
    return withVector(vector);
  }

  /** Multiplier of a call's effect for the caller's standing (mid = 1). */
  public double standingMultiplier(Standing standing) {
    return switch (standing) {
      case LOW -> standingLow;
      case MID -> 1.0;
      case HIGH -> standingHigh;
    };
  }
}
