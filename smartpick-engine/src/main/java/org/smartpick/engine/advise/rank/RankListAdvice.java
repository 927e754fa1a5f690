package org.smartpick.engine.advise.rank;

import java.util.List;
import org.smartpick.engine.advise.Estimate;

/**
 * What {@link RankListAdvisor} says about a rank order list.
 *
 * @param ranks the programs in the student's order with their chances
 * @param unmatched P(unmatched) with the whole list
 * @param expectedRank expected rank matched, given a match (NaN when never matched)
 * @param modelMatchChance the model's P(match | this many contiguous ranks) for applicants in the
 *     specialty (NaN when the model saw no applicant with that many)
 * @param warnings what to watch, in words
 * @param strategy the strategy-proofness demonstration
 * @param effectiveScenarios scenarios' effective number after the signals' reweighting
 */
public record RankListAdvice(List<RankChance> ranks, Estimate unmatched, double expectedRank,
    double modelMatchChance, List<String> warnings, StrategyCheck strategy,
    double effectiveScenarios) {
  public RankListAdvice {
    ranks = List.copyOf(ranks);
    warnings = List.copyOf(warnings);
  }
}
