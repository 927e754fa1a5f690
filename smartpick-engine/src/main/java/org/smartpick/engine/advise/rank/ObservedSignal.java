package org.smartpick.engine.advise.rank;

import java.util.Objects;

/**
 * A post-interview signal the student logged about one program of their rank list.
 *
 * @param position 0-based position of the program on the list
 * @param signal what they saw
 */
public record ObservedSignal(int position, InterviewSignal signal) {
  public ObservedSignal {
    Objects.requireNonNull(signal, "signal");
    if (position < 0) {
      throw new IllegalArgumentException("position must be at least 0, was " + position);
    }
  }
}
