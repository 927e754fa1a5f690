package org.smartpick.engine.advise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartpick.engine.domain.SignalAllotment;

/**
 * Chooses which programs of an application list get the student's preference signals, greedily by
 * marginal gain on the list's objective: the expected utility of the outcome over the scenarios
 * with the interview cap ({@link ListOutcome}), where a signal turns the program's invitation and
 * match into their with-signal versions ({@link Chances#invitedWithSignal}). A signal is added only
 * when it lowers neither the expected utility nor P(match) (with the cap an extra invitation can
 * crowd out another interview); ties go to the program whose invitations rise most. Where the
 * specialty has gold and silver tiers (the catalog's {@link SignalAllotment}), the first signals
 * chosen (largest gain) are gold; the market model gives both tiers the same effect, which the
 * plan's note says. Each candidate is evaluated again only on the samples where its signal
 * changes something ({@link ListOutcome}), so running time O(S·L·(K + C·L)) for S signals, a list
 * of L, K samples and at most C samples changed by one signal. Stateless; thread-safe.
 */
public final class SignalPlanner {

  /**
   * Plans the signals for a list.
   *
   * @param byPreference the list, most preferred first
   * @param utility the student's utility per local program
   * @param available signals the student has (at least 0)
   * @param allotment the specialty's latest allotment, for its tiers
   */
  public SignalPlan plan(Chances chances, int[] byPreference, double[] utility, int available,
      Optional<SignalAllotment> allotment) {
    if (available < 0) {
      throw new IllegalArgumentException("available signals must be 0 or more, was " + available);
    }
    int cap = chances.scenarios().parameters().maxInterviews();
    boolean[] signalled = new boolean[chances.programs().size()];
    ListBits list = ListBits.of(chances, byPreference);
    ListOutcome current = ListOutcome.of(list, signalled, cap);
    List<Integer> chosen = new ArrayList<>();
    List<Double> gains = new ArrayList<>();
    while (chosen.size() < available) {
      int best = -1;
      ListOutcome bestOutcome = null;
      for (int i = 0; i < byPreference.length; i++) {
        int j = byPreference[i];
        if (signalled[j] || !acceptsSignal(chances, j)) {
          continue;
        }
        signalled[j] = true;
        ListOutcome tried = current.withSignal(list, signalled, cap, i);
        signalled[j] = false;
        if (acceptable(tried, current, utility)
            && (bestOutcome == null || better(tried, bestOutcome, utility))) {
          best = j;
          bestOutcome = tried;
        }
      }
      if (best < 0) {
        break;
      }
      signalled[best] = true;
      gains.add(bestOutcome.expectedUtility(utility) - current.expectedUtility(utility));
      chosen.add(best);
      current = bestOutcome;
    }
    return tiers(chosen, gains, available, allotment);
  }

  // A signal never lowers an invitation, so equal counts mean the signal changes nothing there.
  private static boolean acceptsSignal(Chances chances, int j) {
    Chances.ProgramChance c = chances.programs().get(j);
    return c.interviewWithSignal().successes() > c.interview().successes();
  }

  // Neither expected utility nor P(match) may fall.
  private static boolean acceptable(ListOutcome tried, ListOutcome current, double[] utility) {
    return tried.expectedUtility(utility) >= current.expectedUtility(utility)
        && tried.matchChance().successes() >= current.matchChance().successes();
  }

  // Larger expected utility first, then more interviews.
  private static boolean better(ListOutcome a, ListOutcome b, double[] utility) {
    double ua = a.expectedUtility(utility);
    double ub = b.expectedUtility(utility);
    return ua > ub || (ua == ub && a.expectedInterviews() > b.expectedInterviews());
  }

  private static SignalPlan tiers(List<Integer> chosen, List<Double> gains, int available,
      Optional<SignalAllotment> allotment) {
    int gold = allotment.flatMap(a -> a.gold().isPresent()
        ? Optional.of(a.gold().getAsInt()) : Optional.empty()).orElse(-1);
    List<SignalPlan.Choice> choices = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      SignalPlan.Tier tier = gold < 0 ? SignalPlan.Tier.SIGNAL
          : i < gold ? SignalPlan.Tier.GOLD : SignalPlan.Tier.SILVER;
      choices.add(new SignalPlan.Choice(chosen.get(i), tier, gains.get(i)));
    }
    String note = gold < 0
        ? "signals go where they add most to your expected outcome"
        : "gold signals go to the " + gold + " programs where a signal adds most; the market"
            + " model does not yet tell gold from silver (both get the same effect)";
    if (chosen.size() < available) {
      note += "; " + (available - chosen.size()) + " signal(s) left unassigned: on this list no"
          + " further signal raised your chances in the scenarios";
    }
    return new SignalPlan(choices, available, note);
  }
}
