package org.smartpick.engine.market;

import java.util.Arrays;
import java.util.Comparator;
import org.smartpick.engine.catalog.ProgramCatalog;

/**
 * The screening weight of a preference signal in each specialty: how far ahead of an unsignalled
 * file of the same quality a program reviews a signalled one, in file-score units. A very large
 * weight is a strict two-stage screen (the signalled pool first, unsignalled files only for slots
 * left over); a finite one lets a clearly stronger unsignalled file pass a weak signalled one. How
 * much a signal then changes P(interview) also depends on the specialty's signals per interview
 * slot, through the invitation rounds: where signals outnumber slots (orthopaedics) the slots fill
 * from signalled files, where they are few (emergency medicine) the signal weight decides
 * mostly among the signallers.
 *
 * <p>Three specialties have published interview figures with and without a signal, and their
 * weights are free parameters fitted to them ({@code signalWeightEmergency} to T35/T36,
 * {@code signalWeightInternalMedicine} to T23, {@code signalWeightOrthopaedics} to T21/T22). Every
 * other specialty's weight is <b>estimated</b>: interpolated linearly in the logarithm of its
 * signal share (signals per applicant over NRMP programs, the share of the specialty's programs
 * one applicant can signal) between the two anchors around it, and held at the nearest anchor's
 * weight beyond them.
 *
 * <p>Shares are {@link SpecialtyFrame#relativeSignalShare()}: data only (bundled catalog and signal
 * counts), the same in every scope. Immutable.
 */
final class SignalWeights {
  /** NRMP name of the emergency-medicine anchor. */
  static final String EMERGENCY = "Emergency Medicine";
  /** NRMP name of the internal-medicine anchor. */
  static final String INTERNAL_MEDICINE = "Internal Medicine (Categorical)";
  /** NRMP name of the orthopaedic anchor. */
  static final String ORTHOPAEDICS = "Orthopaedic Surgery";

  private record Anchor(double logShare, double weight) {
  }

  private final Anchor[] anchors;

  SignalWeights(MarketParameters p) {
    double[] x = AnchorShares.LOG;
    anchors = new Anchor[] {
        new Anchor(x[0], p.signalWeightEmergency()),
        new Anchor(x[1], p.signalWeightInternalMedicine()),
        new Anchor(x[2], p.signalWeightOrthopaedics())};
    Arrays.sort(anchors, Comparator.comparingDouble(Anchor::logShare));
  }

  /** The weight of a signal in the specialty (0 when it has no signals). */
  double weight(SpecialtyFrame specialty) {
    if (specialty.relativeSignalShare() == 0) {
      return 0;
    }
    double x = Math.log(specialty.relativeSignalShare());
    if (x <= anchors[0].logShare()) {
      return anchors[0].weight();
    }
    for (int k = 1; k < anchors.length; k++) {
      Anchor low = anchors[k - 1];
      Anchor high = anchors[k];
      if (x <= high.logShare()) {
        double t = (x - low.logShare()) / (high.logShare() - low.logShare());
        return low.weight() + t * (high.weight() - low.weight());
      }
    }
    return anchors[anchors.length - 1].weight();
  }

  /** Log relative signal shares of the anchors (as in SpecialtyFrame), computed once. */
  private static final class AnchorShares {
    static final double[] LOG = compute();

    private static double[] compute() {
      ProgramCatalog catalog = ProgramCatalog.bundled();
      double reference = MarketFrame.signalReference(MarketFrame.modelledSpecialties(catalog));
      return java.util.stream.Stream.of(EMERGENCY, INTERNAL_MEDICINE, ORTHOPAEDICS)
          .mapToDouble(name -> Math.log(
              MarketFrame.signalShare(catalog.requireSpecialty(name)) / reference))
          .toArray();
    }
  }
}
