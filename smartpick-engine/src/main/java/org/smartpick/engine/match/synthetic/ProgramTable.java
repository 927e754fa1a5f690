package org.smartpick.engine.match.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.smartpick.engine.match.Track;

/**
 * The programs of one synthetic market, drawn from a spec: id, specialty, track, capacity,
 * region and desirability (standard normal). Positions are split over a specialty's programs with
 * log-normal size weights (each program keeps at least one position), so program sizes vary like
 * real ones. Built once per generation; read-only afterwards.
 */
final class ProgramTable {
  /** Spread (log scale) of program sizes within a specialty. */
  private static final double SIZE_SPREAD = 0.6;

  final String[] ids;
  final int[] specialty;
  final Track[] track;
  final int[] capacity;
  final int[] region;
  final double[] desirability;
  /** Per specialty, all its program indices. */
  final int[][] bySpecialty;
  /** Per specialty, its CATEGORICAL and PGY1 program indices (what couples rank). */
  final int[][] nonAdvancedBySpecialty;
  /** All PGY1 program indices (what supplemental lists rank). */
  final int[] pgy1;

  private ProgramTable(String[] ids, int[] specialty, Track[] track, int[] capacity, int[] region,
      double[] desirability, int[][] bySpecialty, int[][] nonAdvancedBySpecialty, int[] pgy1) {
    this.ids = ids;
    this.specialty = specialty;
    this.track = track;
    this.capacity = capacity;
    this.region = region;
    this.desirability = desirability;
    this.bySpecialty = bySpecialty;
    this.nonAdvancedBySpecialty = nonAdvancedBySpecialty;
    this.pgy1 = pgy1;
  }

  int count() {
    return ids.length;
  }

  /** Draws the programs of every specialty of the spec, in spec order. */
  static ProgramTable draw(SyntheticMarketSpec spec, SplittableRandom random) {
    List<SyntheticSpecialty> specialties = spec.specialties();
    int count = spec.totalPrograms();
    String[] ids = new String[count];
    int[] specialty = new int[count];
    Track[] track = new Track[count];
    int[] capacity = new int[count];
    int[] region = new int[count];
    double[] desirability = new double[count];
    int[][] bySpecialty = new int[specialties.size()][];
    int[][] nonAdvancedBySpecialty = new int[specialties.size()][];
    List<Integer> pgy1 = new ArrayList<>();
    int next = 0;
    for (int s = 0; s < specialties.size(); s++) {
      SyntheticSpecialty sp = specialties.get(s);
      int n = sp.programs();
      int[] sizes = sizes(sp, random);
      boolean[] advanced = advancedFlags(n, sp.advancedPrograms(), random);
      int[] all = new int[n];
      List<Integer> nonAdvanced = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        int p = next++;
        all[k] = p;
        ids[p] = String.format("S%02d-P%04d", s + 1, k + 1);
        specialty[p] = s;
        track[p] = advanced[k] ? Track.ADVANCED : sp.track();
        capacity[p] = sizes[k];
        region[p] = random.nextInt(spec.regions());
        desirability[p] = random.nextGaussian();
        if (!advanced[k]) {
          nonAdvanced.add(p);
        }
        if (track[p] == Track.PGY1) {
          pgy1.add(p);
        }
      }
      bySpecialty[s] = all;
      nonAdvancedBySpecialty[s] = nonAdvanced.stream().mapToInt(Integer::intValue).toArray();
    }
    return new ProgramTable(ids, specialty, track, capacity, region, desirability, bySpecialty,
        nonAdvancedBySpecialty, pgy1.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Program sizes: one position each, the rest split by log-normal weights. */
  private static int[] sizes(SyntheticSpecialty specialty, SplittableRandom random) {
    int n = specialty.programs();
    double[] weights = new double[n];
    for (int k = 0; k < n; k++) {
      weights[k] = Math.exp(SIZE_SPREAD * random.nextGaussian());
    }
    int[] extra = Apportionment.largestRemainder(weights, specialty.positions() - n);
    for (int k = 0; k < n; k++) {
      extra[k]++;
    }
    return extra;
  }

  /** Marks {@code advanced} of {@code n} programs, chosen uniformly at random. */
  private static boolean[] advancedFlags(int n, int advanced, SplittableRandom random) {
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    for (int k = n - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      int t = order[k];
      order[k] = order[j];
      order[j] = t;
    }
    boolean[] flags = new boolean[n];
    for (int k = 0; k < advanced; k++) {
      flags[order[k]] = true;
    }
    return flags;
  }
}
