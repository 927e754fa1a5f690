package org.smartpick.engine.market;

import org.smartpick.engine.domain.ApplicantType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.smartpick.engine.match.Track;

/**
 * The summary metrics of one simulated cycle, in a fixed order, named by {@link MetricKey}; the
 * quantities that {@code calibration-targets.csv} and {@code charting-outcomes-usmd-step2.csv}
 * report, plus outcome tables. A ratio with an empty denominator is NaN (absent in that replica).
 *
 * <p>Metrics (section/scope/metric[qualifier]):
 * <ul>
 *   <li>applicants/type|all: matchRate, matchedAtRank[1,2,3,4+] (shares of the matched),
 *       meanApplications, meanSignals, meanInvitations, meanInterviews, meanRanks[matched,unmatched],
 *       pMatchByContiguousRanks[1..15,16+] (matched in the preferred specialty);</li>
 *   <li>specialties/name: fillRate, unfilled, matchRate (its primary applicants, in it),
 *       meanInterviews, pMatchByStep2Band[band] (US MD seniors; NRMP Charting Outcomes bands);</li>
 *   <li>programs/all: count, positions, fillRate, meanApplicationsReceived, meanInvitations, meanRanked,
 *       shareWithFloor, blockingPairs (0 when the Match found is stable); programs/surveyed (the
 *       programs the NRMP Program Director Survey covers, {@link SurveyedPrograms}): count,
 *       meanApplicationsReceived, meanInvitations, meanRanked; programs/competitive:
 *       oddsRatioInterview[geographicTie,awayRotation];
 *       programs/pgy1 (categorical and PGY-1-only programs, i.e. not advanced): positions,
 *       fillRate; programs/advanced: positions, fillRate;</li>
 *   <li>signals/specialty|all: pInterview[signal,noSignal], oddsRatioInterview[signal] (pooled over
 *       applications); per specialty also oddsRatioInterview[signalUsMdSeniors] (pooled over US
 *       MD seniors' applications only) and programMeanPInterview[signal,noSignal] (a mean over
 *       programs, {@link SignalMetrics});</li>
 *   <li>calls/all: perApplicant[type], perApplicant[phase], share[reason], facultyShare[reason] (calls by faculty, without applicants' own messages), pMovedUp[knownCaller,
 *       unknownCaller, ownMessage] (endorsements), total;</li>
 *   <li>couples/all: couples, bothMatchedShare, partnerMatchRate.</li>
 * </ul>
 * "Interview" in the signal and odds-ratio metrics means an interview offer (invitation). Running
 * time O(E + calls). Stateless; thread-safe.
 */
public final class CycleMetrics {
  /** Step 2 CK bands of NRMP Charting Outcomes, lower bounds (the first is open below). */
  private static final int[] BAND_LOWER = {0, 200, 210, 220, 230, 240, 250};
  private static final String[] BAND_NAMES = {"<200", "200-209", "210-219", "220-229", "230-239",
      "240-249", "250+"};
  private static final int CONTIGUOUS_MAX = 15;

  private CycleMetrics() {
  }

  /** Computes every metric of one outcome, in a fixed order. */
  public static Map<MetricKey, Double> of(CycleOutcome o) {
    Map<MetricKey, Double> out = new LinkedHashMap<>();
    for (ApplicantType type : ApplicantType.values()) {
      applicants(o, type, out);
    }
    applicants(o, null, out);
    specialties(o, out);
    programs(o, out);
    signals(o, out);
    calls(o, out);
    couples(o, out);
    return out;
  }

  private static double ratio(double numerator, double denominator) {
    return denominator == 0 ? Double.NaN : numerator / denominator;
  }

  /** Band name of a Step 2 CK score in NRMP Charting Outcomes. */
  public static String step2Band(double step2) {
    int band = 0;
    for (int b = 0; b < BAND_LOWER.length; b++) {
      if (step2 >= BAND_LOWER[b]) {
        band = b;
      }
    }
    return BAND_NAMES[band];
  }

  private static void applicants(CycleOutcome o, ApplicantType type, Map<MetricKey, Double> out) {
    String scope = type == null ? MetricKey.ALL : type.name();
    double n = 0;
    double matched = 0;
    double[] atRank = new double[4];
    double apps = 0;
    double signals = 0;
    double invitations = 0;
    double interviews = 0;
    double ranksMatched = 0;
    double ranksUnmatched = 0;
    double[] contiguousN = new double[CONTIGUOUS_MAX + 1];
    double[] contiguousMatched = new double[CONTIGUOUS_MAX + 1];
    for (int i = 0; i < o.applicantCount(); i++) {
      if (type != null && o.type(i) != type) {
        continue;
      }
      n++;
      apps += o.applications(i);
      signals += o.signals(i);
      invitations += o.invitations(i);
      interviews += o.interviews(i);
      if (o.matchedProgram(i) >= 0) {
        matched++;
        atRank[Math.min(4, o.matchedRank(i)) - 1]++;
        ranksMatched += o.ranks(i);
      } else {
        ranksUnmatched += o.ranks(i);
      }
      int k = o.contiguousRanks(i);
      if (k > 0 && !o.backupOnly(i)) {
        contiguousN[Math.min(k, CONTIGUOUS_MAX + 1) - 1]++;
        contiguousMatched[Math.min(k, CONTIGUOUS_MAX + 1) - 1] += o.matchedInPreferred(i) ? 1 : 0;
      }
    }
    String s = MetricKey.APPLICANTS;
    out.put(new MetricKey(s, scope, "matchRate", ""), ratio(matched, n));
    for (int r = 0; r < 4; r++) {
      out.put(new MetricKey(s, scope, "matchedAtRank", r < 3 ? Integer.toString(r + 1) : "4+"),
          ratio(atRank[r], matched));
    }
    out.put(new MetricKey(s, scope, "meanApplications", ""), ratio(apps, n));
    out.put(new MetricKey(s, scope, "meanSignals", ""), ratio(signals, n));
    out.put(new MetricKey(s, scope, "meanInvitations", ""), ratio(invitations, n));
    out.put(new MetricKey(s, scope, "meanInterviews", ""), ratio(interviews, n));
    out.put(new MetricKey(s, scope, "meanRanks", "matched"), ratio(ranksMatched, matched));
    out.put(new MetricKey(s, scope, "meanRanks", "unmatched"), ratio(ranksUnmatched, n - matched));
    for (int k = 0; k <= CONTIGUOUS_MAX; k++) {
      out.put(new MetricKey(s, scope, "pMatchByContiguousRanks",
          k < CONTIGUOUS_MAX ? Integer.toString(k + 1) : (CONTIGUOUS_MAX + 1) + "+"),
          ratio(contiguousMatched[k], contiguousN[k]));
    }
  }

  private static void specialties(CycleOutcome o, Map<MetricKey, Double> out) {
    MarketFrame frame = o.frame();
    int count = frame.specialties().size();
    double[] positions = new double[count];
    double[] filled = new double[count];
    for (int j = 0; j < o.programCount(); j++) {
      positions[frame.specialtyOf(j)] += o.positions(j);
      filled[frame.specialtyOf(j)] += o.filled(j);
    }
    double[] n = new double[count];
    double[] matched = new double[count];
    double[] interviews = new double[count];
    double[][] bandN = new double[count][BAND_NAMES.length];
    double[][] bandMatched = new double[count][BAND_NAMES.length];
    for (int i = 0; i < o.applicantCount(); i++) {
      if (o.backupOnly(i)) {
        continue;
      }
      int s = o.specialty(i);
      n[s]++;
      boolean inPreferred = o.matchedInPreferred(i);
      matched[s] += inPreferred ? 1 : 0;
      interviews[s] += o.interviews(i);
      if (o.type(i) == ApplicantType.US_MD_SENIOR) {
        int band = java.util.Arrays.asList(BAND_NAMES).indexOf(step2Band(o.step2(i)));
        bandN[s][band]++;
        bandMatched[s][band] += inPreferred ? 1 : 0;
      }
    }
    for (int s = 0; s < count; s++) {
      String scope = frame.specialties().get(s).name();
      String sec = MetricKey.SPECIALTIES;
      out.put(new MetricKey(sec, scope, "fillRate", ""), ratio(filled[s], positions[s]));
      out.put(new MetricKey(sec, scope, "unfilled", ""), positions[s] - filled[s]);
      out.put(new MetricKey(sec, scope, "matchRate", ""), ratio(matched[s], n[s]));
      out.put(new MetricKey(sec, scope, "meanInterviews", ""), ratio(interviews[s], n[s]));
      for (int b = 0; b < BAND_NAMES.length; b++) {
        out.put(new MetricKey(sec, scope, "pMatchByStep2Band", BAND_NAMES[b]),
            ratio(bandMatched[s][b], bandN[s][b]));
      }
    }
  }

  private static void programs(CycleOutcome o, Map<MetricKey, Double> out) {
    int programs = o.programCount();
    double positions = 0;
    double filled = 0;
    double received = 0;
    double invited = 0;
    double ranked = 0;
    double floors = 0;
    double[] trackPositions = new double[2];
    double[] trackFilled = new double[2];
    for (int j = 0; j < programs; j++) {
      positions += o.positions(j);
      filled += o.filled(j);
      int advanced = o.frame().track(j) == Track.ADVANCED ? 1 : 0;
      trackPositions[advanced] += o.positions(j);
      trackFilled[advanced] += o.filled(j);
      ranked += o.ranked(j);
      floors += Double.isNaN(o.programLatents().floor(j)) ? 0 : 1;
    }
    // cells: [tie present][invited] for geographic tie and away rotation, competitive specialties
    double[][] geo = new double[2][2];
    double[][] rotation = new double[2][2];
    double[] surveyed = new double[4]; // programs, applications received, invited, ranked
    for (int j = 0; j < programs; j++) {
      if (SurveyedPrograms.includes(o.frame(), j)) {
        surveyed[0]++;
        surveyed[3] += o.ranked(j);
      }
    }
    for (int i = 0; i < o.applicantCount(); i++) {
      for (int e = o.applicationStart(i); e < o.applicationStart(i) + o.applications(i); e++) {
        received++;
        boolean inv = o.invited(e);
        invited += inv ? 1 : 0;
        int j = o.applicationProgram(e);
        if (SurveyedPrograms.includes(o.frame(), j)) {
          surveyed[1]++;
          surveyed[2] += inv ? 1 : 0;
        }
        if (o.frame().specialties().get(o.frame().specialtyOf(j)).competitive()) {
          geo[o.geographicTie(e) ? 1 : 0][inv ? 1 : 0]++;
          rotation[o.rotated(e) ? 1 : 0][inv ? 1 : 0]++;
        }
      }
    }
    String sec = MetricKey.PROGRAMS;
    out.put(new MetricKey(sec, MetricKey.ALL, "count", ""), (double) programs);
    out.put(new MetricKey(sec, MetricKey.ALL, "positions", ""), positions);
    out.put(new MetricKey(sec, MetricKey.ALL, "fillRate", ""), ratio(filled, positions));
    String[] tracks = {"pgy1", "advanced"};
    for (int t = 0; t < tracks.length; t++) {
      out.put(new MetricKey(sec, tracks[t], "positions", ""), trackPositions[t]);
      out.put(new MetricKey(sec, tracks[t], "fillRate", ""),
          ratio(trackFilled[t], trackPositions[t]));
    }
    out.put(new MetricKey(sec, MetricKey.ALL, "meanApplicationsReceived", ""),
        ratio(received, programs));
    out.put(new MetricKey(sec, MetricKey.ALL, "meanInvitations", ""), ratio(invited, programs));
    out.put(new MetricKey(sec, MetricKey.ALL, "meanRanked", ""), ratio(ranked, programs));
    out.put(new MetricKey(sec, MetricKey.ALL, "shareWithFloor", ""), ratio(floors, programs));
    String survey = SurveyedPrograms.SCOPE;
    out.put(new MetricKey(sec, survey, "count", ""), surveyed[0]);
    out.put(new MetricKey(sec, survey, "meanApplicationsReceived", ""),
        ratio(surveyed[1], surveyed[0]));
    out.put(new MetricKey(sec, survey, "meanInvitations", ""), ratio(surveyed[2], surveyed[0]));
    out.put(new MetricKey(sec, survey, "meanRanked", ""), ratio(surveyed[3], surveyed[0]));
    out.put(new MetricKey(sec, MetricKey.ALL, "blockingPairs", ""),
        (double) o.matchResult().blockingPairs().size());
    out.put(new MetricKey(sec, "competitive", "oddsRatioInterview", "geographicTie"),
        oddsRatio(geo));
    out.put(new MetricKey(sec, "competitive", "oddsRatioInterview", "awayRotation"),
        oddsRatio(rotation));
  }

  /** Odds ratio of being invited with versus without the exposure, from [exposed][invited]. */
  static double oddsRatio(double[][] cells) {
    return ratio(cells[1][1] * cells[0][0], cells[1][0] * cells[0][1]);
  }

  private static void signals(CycleOutcome o, Map<MetricKey, Double> out) {
    MarketFrame frame = o.frame();
    int count = frame.specialties().size();
    double[][][] cells = new double[count + 1][2][2];
    double[][][] usMd = new double[count][2][2];
    for (int i = 0; i < o.applicantCount(); i++) {
      boolean usMdSenior = o.type(i) == ApplicantType.US_MD_SENIOR;
      for (int e = o.applicationStart(i); e < o.applicationStart(i) + o.applications(i); e++) {
        int s = frame.specialtyOf(o.applicationProgram(e));
        if (frame.specialties().get(s).signals() == 0 || s != o.specialty(i)) {
          continue;
        }
        int sig = o.signalled(e) ? 1 : 0;
        int inv = o.invited(e) ? 1 : 0;
        cells[s][sig][inv]++;
        cells[count][sig][inv]++;
        if (usMdSenior) {
          usMd[s][sig][inv]++;
        }
      }
    }
    for (int s = 0; s <= count; s++) {
      if (s < count && frame.specialties().get(s).signals() == 0) {
        continue;
      }
      String scope = s < count ? frame.specialties().get(s).name() : MetricKey.ALL;
      double[][] c = cells[s];
      out.put(new MetricKey(MetricKey.SIGNALS, scope, "pInterview", "signal"),
          ratio(c[1][1], c[1][0] + c[1][1]));
      out.put(new MetricKey(MetricKey.SIGNALS, scope, "pInterview", "noSignal"),
          ratio(c[0][1], c[0][0] + c[0][1]));
      out.put(new MetricKey(MetricKey.SIGNALS, scope, "oddsRatioInterview", "signal"),
          oddsRatio(c));
      if (s < count) {
        out.put(new MetricKey(MetricKey.SIGNALS, scope, "oddsRatioInterview",
            "signalUsMdSeniors"), oddsRatio(usMd[s]));
      }
    }
    SignalMetrics.programMeans(o, out);
  }

  private static void calls(CycleOutcome o, Map<MetricKey, Double> out) {
    CallLog log = o.calls();
    double applicants = o.applicantCount();
    double[] byType = new double[CallType.values().length];
    double[] byPhase = new double[CyclePhase.values().length];
    double[] byReason = new double[CallReason.values().length];
    double[] byFacultyReason = new double[CallReason.values().length];
    double[][] endorsements = new double[3][2];
    for (int c = 0; c < log.size(); c++) {
      byType[log.type(c).ordinal()]++;
      byPhase[log.phase(c).ordinal()]++;
      byReason[log.reason(c).ordinal()]++;
      if (log.role(c) != CallerRole.APPLICANT) {
        byFacultyReason[log.reason(c).ordinal()]++;
      }
      if (log.type(c) == CallType.ADVOCACY) {
        int kind = log.role(c) == CallerRole.APPLICANT ? 2 : log.known(c) ? 0 : 1;
        endorsements[kind][0]++;
        endorsements[kind][1] += log.effect(c) > 0 ? 1 : 0;
      }
    }
    String sec = MetricKey.CALLS;
    out.put(new MetricKey(sec, MetricKey.ALL, "total", ""), (double) log.size());
    for (CallType t : CallType.values()) {
      out.put(new MetricKey(sec, MetricKey.ALL, "perApplicant", t.name()),
          ratio(byType[t.ordinal()], applicants));
    }
    for (CyclePhase ph : CyclePhase.values()) {
      out.put(new MetricKey(sec, MetricKey.ALL, "perApplicant", ph.name()),
          ratio(byPhase[ph.ordinal()], applicants));
    }
    for (CallReason r : CallReason.values()) {
      out.put(new MetricKey(sec, MetricKey.ALL, "share", r.name()),
          ratio(byReason[r.ordinal()], log.size()));
      out.put(new MetricKey(sec, MetricKey.ALL, "facultyShare", r.name()),
          ratio(byFacultyReason[r.ordinal()], Arrays.stream(byFacultyReason).sum()));
    }
    String[] kinds = {"knownCaller", "unknownCaller", "ownMessage"};
    for (int k = 0; k < kinds.length; k++) {
      out.put(new MetricKey(sec, MetricKey.ALL, "pMovedUp", kinds[k]),
          ratio(endorsements[k][1], endorsements[k][0]));
    }
  }

  private static void couples(CycleOutcome o, Map<MetricKey, Double> out) {
    double couples = 0;
    double both = 0;
    double partnersMatched = 0;
    for (int i = 0; i < o.applicantCount(); i++) {
      int partner = o.partner(i);
      if (partner > i) {
        couples++;
        boolean a = o.matchedProgram(i) >= 0;
        boolean b = o.matchedProgram(partner) >= 0;
        both += a && b ? 1 : 0;
        partnersMatched += (a ? 1 : 0) + (b ? 1 : 0);
      }
    }
    String sec = MetricKey.COUPLES;
    out.put(new MetricKey(sec, MetricKey.ALL, "couples", ""), couples);
    out.put(new MetricKey(sec, MetricKey.ALL, "bothMatchedShare", ""), ratio(both, couples));
    out.put(new MetricKey(sec, MetricKey.ALL, "partnerMatchRate", ""),
        ratio(partnersMatched, 2 * couples));
  }
}
