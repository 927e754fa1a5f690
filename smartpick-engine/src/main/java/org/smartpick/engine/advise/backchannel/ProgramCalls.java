package org.smartpick.engine.advise.backchannel;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.smartpick.engine.advise.CallWindow;
import org.smartpick.engine.advise.Estimate;
import org.smartpick.engine.market.CallReason;
import org.smartpick.engine.market.CallType;

/**
 * The calls the model places about the student at one program of their list.
 *
 * @param id ACGME id
 * @param name program name
 * @param anyCall P(at least one call about you there)
 * @param byWindow P(a call in each window), in cycle order, windows without calls left out
 * @param type the most frequent call type, null when no call happened
 * @param reason the most frequent reason, null when no call happened
 * @param meanShift mean effect of the calls on your rank score there (model units; + moves up)
 * @param clearsWithCalls P(you clear its cutoff) as simulated
 * @param clearsWithoutCalls P(you clear its cutoff) if no call had been made
 * @param drivers the ties that carry the calls, most frequent first (home school, rotation,
 *     advocate by name, red flag)
 */
public record ProgramCalls(String id, String name, Estimate anyCall,
    Map<CallWindow, Double> byWindow, CallType type, CallReason reason, double meanShift,
    Estimate clearsWithCalls, Estimate clearsWithoutCalls, List<String> drivers) {
  public ProgramCalls {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    byWindow = Map.copyOf(byWindow);
    drivers = List.copyOf(drivers);
  }
}
