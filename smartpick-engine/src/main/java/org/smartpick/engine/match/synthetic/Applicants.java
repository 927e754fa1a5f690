package org.smartpick.engine.match.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The applicants of one synthetic market: primary specialty (exact counts from the spec, in
 * random order), quality (standard normal) and home region (uniform). Applicants {@code 2c} and
 * {@code 2c+1} form couple {@code c}, so the first {@code 2 × couples} are couple members.
 * Also draws backup specialties in proportion to positions. Built once per generation; read-only
 * afterwards.
 */
final class Applicants {
  final int[] specialty;
  final double[] quality;
  final int[] region;
  /** Cumulative positions per specialty, for drawing backup specialties. */
  private final long[] cumulativePositions;

  private Applicants(int[] specialty, double[] quality, int[] region, long[] cumulativePositions) {
    this.specialty = specialty;
    this.quality = quality;
    this.region = region;
    this.cumulativePositions = cumulativePositions;
  }

  int count() {
    return specialty.length;
  }

  static Applicants draw(SyntheticMarketSpec spec, SplittableRandom random) {
    List<SyntheticSpecialty> specialties = spec.specialties();
    int count = spec.totalApplicants();
    int[] specialty = new int[count];
    int next = 0;
    for (int s = 0; s < specialties.size(); s++) {
      for (int k = 0; k < specialties.get(s).applicants(); k++) {
        specialty[next++] = s;
      }
    }
    for (int i = count - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = specialty[i];
      specialty[i] = specialty[j];
      specialty[j] = t;
    }
    double[] quality = new double[count];
    int[] region = new int[count];
    for (int a = 0; a < count; a++) {
      quality[a] = random.nextGaussian();
      region[a] = random.nextInt(spec.regions());
    }
    long[] cumulative = new long[specialties.size()];
    long total = 0;
    for (int s = 0; s < specialties.size(); s++) {
      total += specialties.get(s).positions();
      cumulative[s] = total;
    }
    return new Applicants(specialty, quality, region, cumulative);
  }

  /**
   * A backup specialty other than {@code primary}, drawn in proportion to positions. Needs at
   * least two specialties.
   */
  int backupSpecialty(int primary, SplittableRandom random) {
    long total = cumulativePositions[cumulativePositions.length - 1];
    while (true) {
      long ticket = random.nextLong(total);
      int s = 0;
      while (cumulativePositions[s] <= ticket) {
        s++;
      }
      if (s != primary) {
        return s;
      }
    }
  }
}
