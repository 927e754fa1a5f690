package org.smartpick.engine.market;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.smartpick.engine.catalog.ProgramCatalog;

/**
 * How lenient each specialty's programs are with signalled files in the first stage of their
 * review ({@link ScreeningStage}): a signalled file is reviewed first when its file score is at
 * least −leniency, i.e. no more than {@code leniency} file-score units below a file at the
 * program's typical level. A large leniency puts nearly every signalled file first (a strict
 * two-stage screen); a negative one only signalled files above the program's typical level.
 *
 * <p>Three specialties have published interview figures with and without a signal, and their
 * leniencies are free parameters fitted to them ({@code signalLeniencyEmergency} to T35/T36,
 * {@code signalLeniencyInternalMedicine} to T23, {@code signalLeniencyOrthopaedics} to T21/T22).
 * Every other specialty's leniency is <b>estimated</b>: interpolated linearly in the logarithm of
 * its signal share ({@link SpecialtyFrame#relativeSignalShare()}: signals per applicant over
 * NRMP programs, the share of the specialty's programs one applicant can signal) between the two
 * anchors around it, and held at the nearest anchor's value beyond them.
 *
 * <p>Shares are data only (bundled catalog and signal counts), the same in every scope. Immutable.
 */
final class SignalLeniency {
  /** NRMP name of the emergency-medicine anchor. */
  static final String EMERGENCY = "Emergency Medicine";
  /** NRMP name of the internal-medicine anchor. */
  static final String INTERNAL_MEDICINE = "Internal Medicine (Categorical)";
  /** NRMP name of the orthopaedic anchor. */
  static final String ORTHOPAEDICS = "Orthopaedic Surgery";

  private record Anchor(double logShare, double leniency) {
  }

  private final Anchor[] anchors;

  SignalLeniency(MarketParameters p) {
    double[] x = AnchorShares.LOG;
    anchors = new Anchor[] {
        new Anchor(x[0], p.signalLeniencyEmergency()),
        new Anchor(x[1], p.signalLeniencyInternalMedicine()),
        new Anchor(x[2], p.signalLeniencyOrthopaedics())};
    Arrays.sort(anchors, Comparator.comparingDouble(Anchor::logShare));
  }

  /** The leniency of the specialty's programs (NaN when the specialty has no signals). */
  double of(SpecialtyFrame specialty) {
    if (specialty.relativeSignalShare() == 0) {
      return Double.NaN;
    }
    double x = Math.log(specialty.relativeSignalShare());
    if (x <= anchors[0].logShare()) {
      return anchors[0].leniency();
    }
    for (int k = 1; k < anchors.length; k++) {
      Anchor low = anchors[k - 1];
      Anchor high = anchors[k];
      if (x <= high.logShare()) {
        double t = (x - low.logShare()) / (high.logShare() - low.logShare());
        return low.leniency() + t * (high.leniency() - low.leniency());
      }
    }
    return anchors[anchors.length - 1].leniency();
  }

  /** Log relative signal shares of the anchors (as in SpecialtyFrame), computed once. */
  private static final class AnchorShares {
    static final double[] LOG = compute();

    private static double[] compute() {
      ProgramCatalog catalog = ProgramCatalog.bundled();
      double reference = MarketFrame.signalReference(MarketFrame.modelledSpecialties(catalog));
      return Stream.of(EMERGENCY, INTERNAL_MEDICINE, ORTHOPAEDICS)
          .mapToDouble(name -> Math.log(
              MarketFrame.signalShare(catalog.requireSpecialty(name)) / reference))
          .toArray();
    }
  }
}
