package org.smartpick.engine.match;

/**
 * The applicants each program tentatively holds, as one flat long pool: program {@code p} owns the
 * block {@code [start(p), start(p) + 2 + room(p))}, holding its current capacity, its size and
 * then its held seats, best first, so one proposal reads one cache line. A seat is
 * {@code key << 32 | applicant} with {@code key = rank * 2 + (supplemental ? 1 : 0)}, where
 * {@code rank} is the applicant's 0-based position on the program's list: seats compare in the
 * program's order of preference, and a displaced holder is read from the seat itself (no lookup in
 * the program's list, which would be a cache miss per displacement).
 *
 * <p>Acceptance is O(1) and reads one dense per-program threshold (the rank a newcomer must beat:
 * the worst held rank when full), which stays in the first-level cache, so a rejected proposal
 * touches no block; admission, rejection and removal cost O(capacity) with no allocation; capacity
 * is small for residency programs. Per-run state: not thread-safe.
 */
final class HeldSets {
  /** Returned by {@link #admit} when nobody is displaced. */
  static final long NOBODY = -1;
  private static final int CAPACITY = 0;
  private static final int SIZE = 1;
  private static final int SEATS = 2;

  private final long[] pool;
  private final int[] start;
  /** Per program: an applicant is accepted iff their rank is below this. */
  private final int[] threshold;

  /**
   * @param initialCapacity positions per program at the start
   * @param room slots reserved per program: at least the most positions it can ever have
   */
  HeldSets(int[] initialCapacity, int[] room) {
    int programs = initialCapacity.length;
    start = new int[programs + 1];
    for (int p = 0; p < programs; p++) {
      start[p + 1] = start[p] + SEATS + room[p];
    }
    pool = new long[start[programs]];
    threshold = new int[programs];
    for (int p = 0; p < programs; p++) {
      pool[start[p] + CAPACITY] = initialCapacity[p];
      updateThreshold(p);
    }
  }

  private void updateThreshold(int program) {
    int block = start[program];
    int held = (int) pool[block + SIZE];
    if (held < pool[block + CAPACITY]) {
      threshold[program] = Integer.MAX_VALUE;
    } else {
      threshold[program] = held == 0 ? 0 : rank(pool[block + SEATS + held - 1]);
    }
  }

  /** The seat of {@code applicant} at {@code rank} on the program's list. */
  static long seat(int rank, boolean supplemental, int applicant) {
    return (long) (rank * 2 + (supplemental ? 1 : 0)) << 32 | applicant;
  }

  static int rank(long seat) {
    return (int) (seat >>> 33);
  }

  static boolean isSupplemental(long seat) {
    return (seat & 1L << 32) != 0;
  }

  static int applicant(long seat) {
    return (int) seat;
  }

  int size(int program) {
    return (int) pool[start[program] + SIZE];
  }

  int capacity(int program) {
    return (int) pool[start[program] + CAPACITY];
  }

  /** Changes the program's positions; never below what it holds (callers move only free seats). */
  void setCapacity(int program, int positions) {
    pool[start[program] + CAPACITY] = positions;
    updateThreshold(program);
  }

  /** The seat held at {@code index} (0 = best). */
  long seatAt(int program, int index) {
    return pool[start[program] + SEATS + index];
  }

  /** Whether the program would take the applicant at {@code rank}: a free seat or a worse holder. */
  boolean accepts(int program, int rank) {
    return rank < threshold[program];
  }

  /** Whether the program would take two applicants at once (same program on both sides of a pair). */
  boolean acceptsBoth(int program, int rankA, int rankB) {
    int worse = Math.max(rankA, rankB);
    return countBetter(program, worse) + 1 < capacity(program);
  }

  /** Number of held applicants ranked strictly better than {@code rank}. */
  int countBetter(int program, int rank) {
    int base = start[program] + SEATS;
    int count = 0;
    int held = size(program);
    while (count < held && rank(pool[base + count]) < rank) {
      count++;
    }
    return count;
  }

  /**
   * Holds the seat, keeping the order; when the program is then over capacity its worst seat is
   * removed and returned, else {@link #NOBODY}. Callers check {@link #accepts} first.
   */
  long admit(int program, long seat) {
    int block = start[program];
    int base = block + SEATS;
    int held = (int) pool[block + SIZE];
    int i = held;
    while (i > 0 && pool[base + i - 1] > seat) {
      pool[base + i] = pool[base + i - 1];
      i--;
    }
    pool[base + i] = seat;
    held++;
    long out = NOBODY;
    if (held > pool[block + CAPACITY]) {
      held--;
      out = pool[base + held];
    }
    pool[block + SIZE] = held;
    updateThreshold(program);
    return out;
  }

  /** Releases the seat (a withdrawal); it must be held. */
  void remove(int program, long seat) {
    int block = start[program];
    int base = block + SEATS;
    int held = (int) pool[block + SIZE];
    int i = 0;
    while (pool[base + i] != seat) {
      i++;
    }
    System.arraycopy(pool, base + i + 1, pool, base + i, held - i - 1);
    pool[block + SIZE] = held - 1;
    updateThreshold(program);
  }
}
