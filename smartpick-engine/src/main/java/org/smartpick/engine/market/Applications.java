package org.smartpick.engine.market;

/**
 * Every application of one replica, grouped by applicant (compressed rows: applicant i owns
 * entries {@code offset[i] .. offset[i+1]-1}), with what happened to each: status bits, the
 * applicant's utility for the program, the program's file score, backchannel effects before and
 * after interviews, and the rank score (NaN unless interviewed).
 */
final class Applications {
  /** The applicant sent a preference signal to the program. */
  static final int SIGNAL = 1;
  /** The program is in the applicant's home region. */
  static final int GEO = 1 << 1;
  /** The applicant did an away rotation at the program. */
  static final int ROTATION = 1 << 2;
  /** The program is at the applicant's home institution. */
  static final int HOME = 1 << 3;
  /** The program invited the applicant to interview. */
  static final int INVITED = 1 << 4;
  /** The applicant attended the interview. */
  static final int INTERVIEWED = 1 << 5;
  /** The file fell under a screen (score floor, DO/IMG openness) and no call rescued it. */
  static final int SCREENED_OUT = 1 << 6;
  /** The program is in the applicant's backup specialty. */
  static final int BACKUP = 1 << 7;
  /** A signalled file the program reviews in the first stage (see {@link ScreeningStage}). */
  static final int REVIEW_FIRST = 1 << 8;
  /** Added to the review key of first-stage files: more than any spread of file scores. */
  static final double FIRST_STAGE = 1000;

  final int[] offset;
  final int[] program;
  final int[] status;
  final float[] utility;
  final float[] fileScore;
  final float[] effectBefore;
  final float[] effectAfter;
  final float[] rankScore;

  Applications(int[] offset, int[] program, int[] status, float[] utility) {
    this.offset = offset;
    this.program = program;
    this.status = status;
    this.utility = utility;
    int n = program.length;
    this.fileScore = new float[n];
    this.effectBefore = new float[n];
    this.effectAfter = new float[n];
    this.rankScore = new float[n];
    java.util.Arrays.fill(rankScore, Float.NaN);
  }

  /** A copy with one more applicant's entries appended (outcome columns of the others kept). */
  Applications with(int[] programs, int[] statuses, float[] utilities) {
    int n = count();
    int applicants = offset.length - 1;
    int[] moreOffset = java.util.Arrays.copyOf(offset, applicants + 2);
    moreOffset[applicants + 1] = n + programs.length;
    Applications more = new Applications(moreOffset, concat(program, programs),
        concat(status, statuses), concat(utility, utilities));
    System.arraycopy(fileScore, 0, more.fileScore, 0, n);
    System.arraycopy(effectBefore, 0, more.effectBefore, 0, n);
    System.arraycopy(effectAfter, 0, more.effectAfter, 0, n);
    System.arraycopy(rankScore, 0, more.rankScore, 0, n);
    return more;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static float[] concat(float[] a, float[] b) {
    float[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  int count() {
    return program.length;
  }

  boolean has(int entry, int bit) {
    return (status[entry] & bit) != 0;
  }

  /**
   * The order in which the program reviews the file: first-stage files before all others, each
   * stage by file score (a float, like the file score, so that keys compare exactly).
   */
  float reviewKey(int entry) {
    return (float) (fileScore[entry] + (has(entry, REVIEW_FIRST) ? FIRST_STAGE : 0));
  }

  /** The applicant's order over their applications: primary specialty first, then utility. */
  double preference(int entry) {
    return utility[entry] - (has(entry, BACKUP) ? 1000 : 0);
  }

  /** Entries per program (counting sort): {@code [offsets, entries]}. */
  int[][] byProgram(int programs) {
    int[] start = new int[programs + 1];
    for (int j : program) {
      start[j + 1]++;
    }
    for (int j = 0; j < programs; j++) {
      start[j + 1] += start[j];
    }
    int[] fill = start.clone();
    int[] entries = new int[program.length];
    for (int e = 0; e < program.length; e++) {
      entries[fill[program[e]]++] = e;
    }
    return new int[][] {start, entries};
  }
}
