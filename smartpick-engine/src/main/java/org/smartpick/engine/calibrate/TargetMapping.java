package org.smartpick.engine.calibrate;

import org.smartpick.engine.domain.ApplicantType;
import org.smartpick.engine.market.MetricKey;
import org.smartpick.engine.market.SurveyedPrograms;

/**
 * For each id of {@code calibration-targets.csv}, how the model produces it (see
 * {@link TargetSource}). One small case per target, each with its reason. Stateless; thread-safe.
 */
public final class TargetMapping {
  private TargetMapping() {
  }

  private static TargetSource sim(String section, String scope, String metric, String qualifier,
      String note) {
    return new TargetSource.Simulated(new MetricKey(section, scope, metric, qualifier), note);
  }

  private static TargetSource applicants(String scope, String metric, String qualifier,
      String note) {
    return sim(MetricKey.APPLICANTS, scope, metric, qualifier, note);
  }

  /**
   * How the model produces the target with this id.
   *
   * @throws IllegalArgumentException for an id this mapping does not know (a new row in the file
   *     needs a case here)
   */
  public static TargetSource of(String id) {
    String md = ApplicantType.US_MD_SENIOR.name();
    return switch (id) {
      case "T01" -> new TargetSource.NotModelled("the model generates only active applicants who "
          + "certify a rank list; registrants who withdraw are not modelled");
      case "T02" -> sim(MetricKey.APPLICANTS, MetricKey.ALL, "count", "",
          "applicants generated in the scope (all certify a rank list): the national scope draws "
          + "the 2025 active applicants");
      case "T03" -> sim(MetricKey.PROGRAMS, MetricKey.ALL, "count", "",
          "programs of the scope: national, catalog programs plus extra NRMP tracks, synthetic "
          + "PGY-1-only and other programs and a residual (estimated; see docs/market-model.md)");
      case "T04" -> sim(MetricKey.PROGRAMS, MetricKey.ALL, "positions", "",
          "positions of the scope's programs (national: NRMP per specialty plus the residual)");
      case "T05" -> sim(MetricKey.PROGRAMS, "pgy1", "positions", "",
          "positions of categorical and PGY-1-only programs (all but advanced PGY-2 programs)");
      case "T06" -> sim(MetricKey.PROGRAMS, "pgy1", "fillRate", "",
          "filled / positions over categorical and PGY-1-only programs");
      case "T07" -> applicants(md, "matchRate", "", "share of US MD seniors matched");
      case "T08" -> applicants(ApplicantType.US_DO_SENIOR.name(), "matchRate", "",
          "share of US DO seniors matched");
      case "T09" -> applicants(ApplicantType.US_IMG.name(), "matchRate", "",
          "share of US IMGs matched");
      case "T10" -> applicants(ApplicantType.NON_US_IMG.name(), "matchRate", "",
          "share of non-US IMGs matched");
      case "T11" -> applicants(MetricKey.ALL, "meanRanks", "matched",
          "mean rank-list length of matched applicants (2025 model vs 2021 figure)");
      case "T12" -> contiguous(1);
      case "T13" -> contiguous(3);
      case "T14" -> contiguous(5);
      case "T15" -> contiguous(10);
      case "T16" -> contiguous(15);
      case "T17" -> sim(MetricKey.PROGRAMS, SurveyedPrograms.SCOPE, "meanApplicationsReceived",
          "", "mean applications per program the survey covers (catalog programs of its 23 "
          + "specialties and transitional years; 2018 figure vs 2025 model)");
      case "T18" -> sim(MetricKey.PROGRAMS, SurveyedPrograms.SCOPE, "meanInvitations", "",
          "mean interview invitations per program the survey covers");
      case "T19" -> sim(MetricKey.PROGRAMS, SurveyedPrograms.SCOPE, "meanRanked", "",
          "mean applicants ranked per program the survey covers");
      case "T20" -> sim(MetricKey.PROGRAMS, MetricKey.ALL, "shareWithFloor", "",
          "share of programs drawn with a Step 2 floor");
      case "T21" -> sim(MetricKey.SIGNALS, "Orthopaedic Surgery", "programMeanPInterview",
          "signal", "P(invitation | signal) in orthopaedic surgery, mean over programs accepting "
          + "signals (the source averages the responding programs' rates)");
      case "T22" -> sim(MetricKey.SIGNALS, "Orthopaedic Surgery", "programMeanPInterview",
          "noSignal", "P(invitation | no signal) in orthopaedic surgery, mean over programs "
          + "accepting signals (as the source)");
      case "T23" -> sim(MetricKey.SIGNALS, "Internal Medicine (Categorical)",
          "oddsRatioInterview", "signalUsMdSeniors", "odds ratio of an invitation with a signal, "
          + "internal medicine, over US MD seniors' applications (the source surveyed US MD "
          + "seniors of four North Carolina schools)");
      case "T24" -> sim(MetricKey.PROGRAMS, "competitive", "oddsRatioInterview", "geographicTie",
          "odds ratio of an invitation with a geographic tie, competitive specialties");
      case "T25" -> sim(MetricKey.PROGRAMS, "competitive", "oddsRatioInterview", "awayRotation",
          "odds ratio of an invitation after an away rotation there, competitive specialties");
      case "T26" -> sim(MetricKey.CALLS, MetricKey.ALL, "pMovedUp", "knownCaller",
          "share of endorsement calls by a caller the PD knows that moved the applicant up");
      case "T27" -> sim(MetricKey.CALLS, MetricKey.ALL, "pMovedUp", "unknownCaller",
          "share of endorsement calls by an unknown caller that moved the applicant up");
      case "T28" -> sim(MetricKey.CALLS, MetricKey.ALL, "pMovedUp", "ownMessage",
          "share of applicants' own messages that moved them up");
      case "T29", "T30" -> new TargetSource.NotModelled("the market model has no application "
          + "costs; fees enter only the advisor's budgeted list optimizer, which takes costs "
          + "from the user");
      case "T31" -> new TargetSource.Input("parameter signalAcceptShare (each program accepts "
          + "signals with this probability)", (frame, p) -> p.signalAcceptShare());
      case "T32" -> sim(MetricKey.COUPLES, MetricKey.ALL, "couples", "",
          "couples formed in the scope; the couple share is an input (2 × 1,259 / active "
          + "applicants), the count follows from the applicants drawn");
      case "T33" -> sim(MetricKey.COUPLES, MetricKey.ALL, "bothMatchedShare", "",
          "share of couples with both partners matched");
      case "T34" -> sim(MetricKey.COUPLES, MetricKey.ALL, "partnerMatchRate", "",
          "share of couple partners matched");
      case "T35" -> sim(MetricKey.SIGNALS, "Emergency Medicine", "pInterview", "signal",
          "P(invitation | signal) in emergency medicine");
      case "T36" -> sim(MetricKey.SIGNALS, "Emergency Medicine", "pInterview", "noSignal",
          "P(invitation | no signal) in emergency medicine");
      case "T37" -> new TargetSource.Simulated(CalibrationMetrics.TEXAS_STAR_SIGNAL_YIELD,
          "mean signal yield (invitations from signalled programs / signals sent) of US MD and DO "
          + "seniors in internal medicine, general surgery, otolaryngology and dermatology (the "
          + "source's specialties the model has; urology and preliminary medicine are not "
          + "modelled)");
      case "T38" -> new TargetSource.Input("parameter leaveRate (each applicant takes a leave of "
          + "absence with this probability)", (frame, p) -> p.leaveRate());
      case "T39" -> meanApplications(md);
      case "T40" -> meanApplications(ApplicantType.US_DO_SENIOR.name());
      case "T41" -> meanApplications(ApplicantType.US_IMG.name());
      case "T42" -> meanApplications(ApplicantType.NON_US_IMG.name());
      default -> throw new IllegalArgumentException("calibration target '" + id
          + "' has no mapping in TargetMapping; add a case for it");
    };
  }

  private static TargetSource meanApplications(String type) {
    return applicants(type, "meanApplications", "", "ERAS applications per applicant of this "
        + "type (primary and backup specialty), as generated: the published mean scaled for "
        + "competitive specialties and couples, less programs closed to the type");
  }

  private static TargetSource contiguous(int ranks) {
    return applicants(ApplicantType.US_MD_SENIOR.name(), "pMatchByContiguousRanks",
        Integer.toString(ranks), "P(match in the preferred specialty) of US MD seniors with "
        + ranks + " contiguous ranks there");
  }

  /** The metric of a Charting Outcomes point: P(match) of US MD seniors in the band. */
  public static MetricKey charting(ChartingPoint point) {
    return new MetricKey(MetricKey.SPECIALTIES, point.nrmpSpecialty(), "pMatchByStep2Band",
        point.band());
  }
}
