package org.smartpick.engine.match;

/**
 * The applicants each program tentatively holds, as one flat int pool: program {@code p} owns the
 * block {@code [start(p), start(p) + 2 + room(p))}, holding its current capacity, its size and
 * then its keys, best first, so one proposal reads one cache line. A key is
 * {@code rank * 2 + (supplemental ? 1 : 0)}, where {@code rank} is the applicant's 0-based
 * position on the program's list, so the order of keys is the program's order of preference and
 * the applicant is recovered from the program's list.
 *
 * <p>Acceptance is O(1) (compare with the worst held key); admission, rejection and removal cost
 * O(capacity) with no allocation; capacity is small for residency programs. Per-run state: not
 * thread-safe.
 */
final class HeldSets {
  private static final int CAPACITY = 0;
  private static final int SIZE = 1;
  private static final int KEYS = 2;

  private final int[] pool;
  private final int[] start;

  /**
   * @param initialCapacity positions per program at the start
   * @param room slots reserved per program: at least the most positions it can ever have
   */
  HeldSets(int[] initialCapacity, int[] room) {
    int programs = initialCapacity.length;
    start = new int[programs + 1];
    for (int p = 0; p < programs; p++) {
      start[p + 1] = start[p] + KEYS + room[p];
    }
    pool = new int[start[programs]];
    for (int p = 0; p < programs; p++) {
      pool[start[p] + CAPACITY] = initialCapacity[p];
    }
  }

  static int key(int rank, boolean supplemental) {
    return rank * 2 + (supplemental ? 1 : 0);
  }

  static int rank(int key) {
    return key >> 1;
  }

  static boolean isSupplemental(int key) {
    return (key & 1) != 0;
  }

  int size(int program) {
    return pool[start[program] + SIZE];
  }

  int capacity(int program) {
    return pool[start[program] + CAPACITY];
  }

  /** Changes the program's positions; never below what it holds (callers move only free seats). */
  void setCapacity(int program, int positions) {
    pool[start[program] + CAPACITY] = positions;
  }

  /** The key held at {@code index} (0 = best). */
  int keyAt(int program, int index) {
    return pool[start[program] + KEYS + index];
  }

  /** Whether the program would take the applicant at {@code rank}: a free seat or a worse holder. */
  boolean accepts(int program, int rank) {
    int base = start[program];
    int held = pool[base + SIZE];
    if (held < pool[base + CAPACITY]) {
      return true;
    }
    return held > 0 && rank(pool[base + KEYS + held - 1]) > rank;
  }

  /** Whether the program would take two applicants at once (same program on both sides of a pair). */
  boolean acceptsBoth(int program, int rankA, int rankB) {
    int worse = Math.max(rankA, rankB);
    return countBetter(program, worse) + 1 < capacity(program);
  }

  /** Number of held applicants ranked strictly better than {@code rank}. */
  int countBetter(int program, int rank) {
    int base = start[program] + KEYS;
    int count = 0;
    int held = size(program);
    while (count < held && rank(pool[base + count]) < rank) {
      count++;
    }
    return count;
  }

  /**
   * Holds the key, keeping the order; when the program is then over capacity its worst key is
   * removed and returned, else {@code -1}. Callers check {@link #accepts} first.
   */
  int admit(int program, int key) {
    int block = start[program];
    int base = block + KEYS;
    int held = pool[block + SIZE];
    int i = held;
    while (i > 0 && pool[base + i - 1] > key) {
      pool[base + i] = pool[base + i - 1];
      i--;
    }
    pool[base + i] = key;
    held++;
    if (held > pool[block + CAPACITY]) {
      held--;
      pool[block + SIZE] = held;
      return pool[base + held];
    }
    pool[block + SIZE] = held;
    return -1;
  }

  /** Releases the key (a withdrawal); it must be held. */
  void remove(int program, int key) {
    int block = start[program];
    int base = block + KEYS;
    int held = pool[block + SIZE];
    int i = 0;
    while (pool[base + i] != key) {
      i++;
    }
    System.arraycopy(pool, base + i + 1, pool, base + i, held - i - 1);
    pool[block + SIZE] = held - 1;
  }
}
