package org.smartpick.engine.advise.rank;

import java.util.List;
import java.util.Objects;
import org.smartpick.engine.advise.Estimate;

/**
 * One program of the rank list.
 *
 * @param rank 1-based rank (true preference)
 * @param id ACGME id
 * @param name program name
 * @param clearsBefore P(your rank score clears its cutoff) from the model, before signals
 * @param clears the same after the logged signals
 * @param matchHere P(you match at this rank) with the whole list, after signals
 * @param signals what was logged about this program
 */
public record RankChance(int rank, String id, String name, Estimate clearsBefore, Estimate clears,
    Estimate matchHere, List<InterviewSignal> signals) {
  public RankChance {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    signals = List.copyOf(signals);
  }
}
