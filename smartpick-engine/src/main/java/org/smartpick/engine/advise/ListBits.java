package org.smartpick.engine.advise;

/**
 * The outcome bits ({@link Chances}) of one list's programs in every sample, stored contiguously
 * by sample (S·L bytes), so evaluating the list again, as the signal planner does for every
 * candidate, reads memory in order. O(S·L) to build. Immutable; thread-safe.
 */
final class ListBits {
  /** Shift that turns the with-signal bits into the positions of the plain ones. */
  static final int SIGNAL_SHIFT = 2;

  private final int samples;
  private final int[] byPreference;
  private final byte[] bits;

  private ListBits(int samples, int[] byPreference, byte[] bits) {
    this.samples = samples;
    this.byPreference = byPreference;
    this.bits = bits;
  }

  /** The bits of the list's programs (local indices, most preferred first). */
  static ListBits of(Chances chances, int[] byPreference) {
    int length = byPreference.length;
    byte[] bits = new byte[Math.multiplyExact(chances.sampleCount(), length)];
    for (int s = 0, at = 0; s < chances.sampleCount(); s++) {
      for (int j : byPreference) {
        bits[at++] = (byte) chances.bits(s, j);
      }
    }
    return new ListBits(chances.sampleCount(), byPreference.clone(), bits);
  }

  int samples() {
    return samples;
  }

  int length() {
    return byPreference.length;
  }

  /** Local program at list position i. */
  int program(int i) {
    return byPreference[i];
  }

  /** The outcome bits of list position i in sample s. */
  int bits(int s, int i) {
    return bits[s * byPreference.length + i];
  }

  /** True when a signal at list position i changes its invitation or match in sample s. */
  boolean signalMatters(int s, int i) {
    int b = bits(s, i);
    return ((b ^ (b >>> SIGNAL_SHIFT)) & (Chances.INVITED | Chances.MATCH)) != 0;
  }
}
