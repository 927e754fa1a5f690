package org.smartpick.engine.advise;

import java.util.List;
import java.util.Objects;

/**
 * Where the student's preference signals go, in the order the {@link SignalPlanner} chose them.
 *
 * @param choices the signalled programs, largest marginal gain first
 * @param available signals the student has
 * @param note how tiers were assigned and what the model does with them, in words
 */
public record SignalPlan(List<Choice> choices, int available, String note) {

  public SignalPlan {
    choices = List.copyOf(choices);
    Objects.requireNonNull(note, "note");
    if (choices.size() > available) {
      throw new IllegalArgumentException(choices.size() + " signals chosen, only " + available
          + " available");
    }
  }

  /** The signal tier: gold or silver where the specialty has two tiers, else a plain signal. */
  public enum Tier { GOLD, SILVER, SIGNAL }

  /**
   * One signalled program.
   *
   * @param program local program index
   * @param tier the tier sent
   * @param gain expected-utility gain when it was added (on the draws the plan was made on)
   */
  public record Choice(int program, Tier tier, double gain) {
    public Choice {
      Objects.requireNonNull(tier, "tier");
    }
  }

  /** Per local program of {@code programs}, true when signalled. */
  public boolean[] signalled(int programs) {
    boolean[] signalled = new boolean[programs];
    for (Choice c : choices) {
      signalled[c.program()] = true;
    }
    return signalled;
  }
}
