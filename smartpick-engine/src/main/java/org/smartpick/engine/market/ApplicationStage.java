package org.smartpick.engine.market;

import org.smartpick.engine.domain.ApplicantType;
import java.util.SplittableRandom;

/**
 * Where and how much applicants apply, and where they signal. Per applicant: a Poisson number of
 * applications whose mean over the type is the published one (AAMC ERAS 2025: MD 58, DO 72,
 * IMG 129), more for competitive specialties and couples ({@link ApplicationVolume}), split with
 * a backup specialty; the programs by
 * Gumbel-top-k sampling without replacement with weights {@code exp(betaFit·fit + betaGeo·sameRegion)};
 * home programs and away-rotation sites always; then the specialty's signals to the most
 * preferred realistic programs that accept signals. Couple members apply more broadly and favour
 * (in applying and in preference) cities where the partner's specialty also trains.
 *
 * <p>Running time O(A × P_s log P_s). Stateless; thread-safe.
 */
final class ApplicationStage {
  private final MarketFrame frame;
  private final ProgramLatents latents;
  private final MarketParameters p;
  private final ApplicationVolume volume;
  /** Subtracted from the sampling key of a program closed to the applicant's type. */
  private static final double CLOSED_LAST = 1e6;

  ApplicationStage(MarketFrame frame, ProgramLatents latents, MarketParameters p) {
    this.frame = frame;
    this.latents = latents;
    this.p = p;
    this.volume = frame.applicationVolume(p);
  }

  Applications apply(ApplicantPool pool, FacultyNetwork network, SplittableRandom random) {
    int[][] chosen = new int[pool.size][];
    int[] offset = new int[pool.size + 1];
    double[] scratch = new double[largestSpecialty()];
    for (int i = 0; i < pool.size; i++) {
      chosen[i] = choosePrograms(pool, network, i, scratch, random);
      offset[i + 1] = offset[i] + chosen[i].length;
    }
    int[] program = new int[offset[pool.size]];
    int[] status = new int[program.length];
    float[] utility = new float[program.length];
    for (int i = 0; i < pool.size; i++) {
      System.arraycopy(chosen[i], 0, program, offset[i], chosen[i].length);
      for (int e = offset[i]; e < offset[i + 1]; e++) {
        int j = program[e];
        status[e] = statusBits(pool, network, i, j);
        utility[e] = (float) utility(pool, network, i, j, random);
      }
    }
    Applications apps = new Applications(offset, program, status, utility);
    for (int i = 0; i < pool.size; i++) {
      sendSignals(pool, i, apps);
    }
    return apps;
  }

  /**
   * Appends the inserted applicant's applications (the last applicant of {@code pool}): their
   * programs and signals as given, utility falling with preference order, ties from the network.
   */
  Applications insert(Applications apps, ApplicantPool pool, FacultyNetwork network,
      InsertedApplicant inserted) {
    int i = pool.size - 1;
    int[] programs = inserted.programs();
    int[] status = new int[programs.length];
    float[] utility = new float[programs.length];
    for (int r = 0; r < programs.length; r++) {
      status[r] = statusBits(pool, network, i, programs[r])
          | (inserted.signals(programs[r]) ? Applications.SIGNAL : 0);
      utility[r] = programs.length - r;
    }
    return apps.with(programs, status, utility);
  }

  // Expected applications: the type's published mean, shifted towards competitive specialties and
  // couples (who apply more broadly so that enough interviews fall in shared metros).
  double meanApplications(ApplicantPool pool, int i, SpecialtyFrame primary) {
    return volume.mean(pool.type[i], primary.competitive(), pool.partner[i] >= 0);
  }

  private int largestSpecialty() {
    return frame.specialties().stream().mapToInt(SpecialtyFrame::programCount).max().orElse(0);
  }

  private int[] choosePrograms(ApplicantPool pool, FacultyNetwork network, int i,
      double[] scratch, SplittableRandom random) {
    SpecialtyFrame primary = frame.specialties().get(pool.specialty[i]);
    int total = Math.max(1, Draws.poisson(random, meanApplications(pool, i, primary)));
    int backup = pool.backup[i];
    int toBackup = backup < 0 ? 0 : (int) Math.round(total * p.backupApplicationShare());
    int[] main = sample(pool, network, i, primary, total - toBackup, scratch, random);
    if (backup >= 0) {
      // applications the primary specialty has no open programs for go to the backup instead
      toBackup += total - toBackup - main.length;
    }
    if (toBackup == 0) {
      return main;
    }
    int[] second = sample(pool, network, i, frame.specialties().get(backup), toBackup,
        scratch, random);
    int[] both = java.util.Arrays.copyOf(main, main.length + second.length);
    System.arraycopy(second, 0, both, main.length, second.length);
    return both;
  }

  // Sample programs of one specialty: fit, geography and noise; home and rotation sites always;
  // programs that do not take the applicant's type only once every program that does is chosen
  // (ERAS counts those applications too; screening drops them unless a call rescues the file).
  private int[] sample(ApplicantPool pool, FacultyNetwork network, int i, SpecialtyFrame s,
      int count, double[] scratch, SplittableRandom random) {
    double[] keys = scratch;
    int n = s.programCount();
    for (int k = 0; k < n; k++) {
      int j = s.firstProgram() + k;
      keys[k] = applicationWeight(pool, network, i, j) + p.applicationNoise() * Draws.gumbel(random)
          - (open(pool.type[i], j) ? 0 : CLOSED_LAST);
      if (network.home(i, j)) {
        keys[k] = Double.POSITIVE_INFINITY;
      }
    }
    for (int site : pool.rotations[i]) {
      if (site >= s.firstProgram() && site < s.endProgram()) {
        keys[site - s.firstProgram()] = Double.POSITIVE_INFINITY;
      }
    }
    int[] top = TopK.unordered(keys, n, Math.max(1, count));
    int kept = 0;
    for (int k : top) {
      if (keys[k] > Double.NEGATIVE_INFINITY) {
        top[kept++] = s.firstProgram() + k;
      }
    }
    int[] programs = java.util.Arrays.copyOf(top, kept);
    java.util.Arrays.sort(programs);
    return programs;
  }

  // Log-weight of applying: prefer reputations near one's own standing and the home region.
  double applicationWeight(ApplicantPool pool, FacultyNetwork network, int i, int j) {
    double gap = latents.reputation[j] - pool.standing[i];
    return -p.betaFit() * gap * gap / 2 + (network.sameRegion(i, j) ? p.betaGeo() : 0)
        + (partnerCanTrainNear(pool, i, j) ? p.coupleMetroBonus() : 0);
  }

  // A couple member's program is in a city where the partner's specialty (or backup) trains too.
  boolean partnerCanTrainNear(ApplicantPool pool, int i, int j) {
    int partner = pool.partner[i];
    return partner >= 0 && (frame.metroHas(j, pool.specialty[partner])
        || frame.metroHas(j, pool.backup[partner]));
  }

  // IMGs and DOs apply only where the program is known to take them.
  boolean open(ApplicantType type, int j) {
    if (type.img()) {
      return latents.imgOpen[j];
    }
    return type != ApplicantType.US_DO_SENIOR || latents.doOpen[j];
  }

  // True preference: personal weights on reputation and geography plus idiosyncratic taste.
  double utility(ApplicantPool pool, FacultyNetwork network, int i, int j,
      SplittableRandom random) {
    return pool.prefReputation[i] * latents.reputation[j]
        + (network.sameRegion(i, j) ? pool.prefGeo[i] : 0)
        + (partnerCanTrainNear(pool, i, j) ? p.coupleMetroPreference() : 0)
        + Draws.normal(random, 0, p.prefNoise());
  }

  private int statusBits(ApplicantPool pool, FacultyNetwork network, int i, int j) {
    int bits = 0;
    if (network.sameRegion(i, j)) {
      bits |= Applications.GEO;
    }
    if (network.rotated(i, j)) {
      bits |= Applications.ROTATION;
    }
    if (network.home(i, j)) {
      bits |= Applications.HOME;
    }
    if (frame.specialtyOf(j) != pool.specialty[i]) {
      bits |= Applications.BACKUP;
    }
    return bits;
  }

  // Signals go to the most preferred realistic programs (reputation within reach) that take them.
  void sendSignals(ApplicantPool pool, int i, Applications apps) {
    int signals = frame.specialties().get(pool.specialty[i]).signals();
    int from = apps.offset[i];
    int to = apps.offset[i + 1];
    if (signals == 0 || to == from) {
      return;
    }
    double[] keys = new double[to - from];
    for (int e = from; e < to; e++) {
      int j = apps.program[e];
      boolean eligible = latents.acceptsSignals[j] && !apps.has(e, Applications.BACKUP);
      boolean realistic = latents.reputation[j] <= pool.standing[i] + p.signalReach();
      keys[e - from] = !eligible ? Double.NEGATIVE_INFINITY
          : apps.utility[e] + (realistic ? 0 : -1000);
    }
    for (int e : TopK.indices(keys, signals, from)) {
      if (keys[e - from] > Double.NEGATIVE_INFINITY) {
        apps.status[e] |= Applications.SIGNAL;
      }
    }
  }
}
