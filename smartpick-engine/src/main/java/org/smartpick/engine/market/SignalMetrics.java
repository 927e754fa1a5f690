package org.smartpick.engine.market;

import java.util.Map;
import java.util.Set;
import org.smartpick.engine.domain.ApplicantType;

/**
 * Signal figures as their sources define them, over applications to the applicant's preferred
 * specialty (backup applications carry no signal):
 * <ul>
 *   <li>{@code programMeanPInterview[signal|noSignal]}: the mean over the specialty's programs
 *       that accept signals (and received both kinds of file) of each program's share of
 *       signalled / unsignalled applicants it invited — the program-director survey's figure
 *       (orthopaedics, T21/T22: "applicants who signalled had a 24.4% chance", a mean over
 *       responding programs);</li>
 *   <li>{@link #meanYield}: the mean over applicants of their signal yield (invitations from
 *       signalled programs / signals sent), among US MD and DO seniors who sent a signal — the
 *       Texas STAR figure (T37), a survey of US graduating students.</li>
 * </ul>
 * "Interview" means an invitation, as in the sources. O(E). Stateless; thread-safe.
 */
public final class SignalMetrics {
  private SignalMetrics() {
  }

  /** Puts the program-mean figures of every specialty with signals into {@code out}. */
  static void programMeans(CycleOutcome o, Map<MetricKey, Double> out) {
    MarketFrame frame = o.frame();
    int programs = o.programCount();
    // per program: [signalled, signalled invited, unsignalled, unsignalled invited]
    double[][] cells = new double[programs][4];
    for (int i = 0; i < o.applicantCount(); i++) {
      for (int e = o.applicationStart(i); e < o.applicationStart(i) + o.applications(i); e++) {
        int j = o.applicationProgram(e);
        if (frame.specialtyOf(j) == o.specialty(i)) {
          int k = o.signalled(e) ? 0 : 2;
          cells[j][k]++;
          cells[j][k + 1] += o.invited(e) ? 1 : 0;
        }
      }
    }
    for (SpecialtyFrame s : frame.specialties()) {
      if (s.signals() == 0) {
        continue;
      }
      double counted = 0;
      double signal = 0;
      double noSignal = 0;
      for (int j = s.firstProgram(); j < s.endProgram(); j++) {
        double[] c = cells[j];
        if (o.programLatents().acceptsSignals[j] && c[0] > 0 && c[2] > 0) {
          counted++;
          signal += c[1] / c[0];
          noSignal += c[3] / c[2];
        }
      }
      out.put(new MetricKey(MetricKey.SIGNALS, s.name(), "programMeanPInterview", "signal"),
          counted == 0 ? Double.NaN : signal / counted);
      out.put(new MetricKey(MetricKey.SIGNALS, s.name(), "programMeanPInterview", "noSignal"),
          counted == 0 ? Double.NaN : noSignal / counted);
    }
  }

  /**
   * Mean signal yield of the US MD and DO seniors whose preferred specialty is one of
   * {@code specialties} (NRMP names) and who sent at least one signal; NaN when there are none.
   */
  public static double meanYield(CycleOutcome o, Set<String> specialties) {
    double sum = 0;
    double n = 0;
    for (int i = 0; i < o.applicantCount(); i++) {
      ApplicantType type = o.type(i);
      boolean senior = type == ApplicantType.US_MD_SENIOR || type == ApplicantType.US_DO_SENIOR;
      if (!senior || o.signals(i) == 0
          || !specialties.contains(o.frame().specialties().get(o.specialty(i)).name())) {
        continue;
      }
      double invited = 0;
      for (int e = o.applicationStart(i); e < o.applicationStart(i) + o.applications(i); e++) {
        invited += o.signalled(e) && o.invited(e) ? 1 : 0;
      }
      sum += invited / o.signals(i);
      n++;
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}
