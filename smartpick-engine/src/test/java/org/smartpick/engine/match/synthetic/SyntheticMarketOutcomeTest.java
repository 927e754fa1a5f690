package org.smartpick.engine.match.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartpick.engine.match.MatchInstance;
import org.smartpick.engine.match.MatchResult;
import org.smartpick.engine.match.MatchSummary;
import org.smartpick.engine.match.RothPeransonMatcher;
import org.smartpick.engine.match.RothPeransonOptions;

/** The generated market is competitive like the NRMP's once matched (fixed seeds, stated tolerances). */
class SyntheticMarketOutcomeTest {

  @Test
  void tenthOfTheNationalMarketFillsPgy1PositionsAboutAsOftenAsNrmp() {
    for (long seed = 1; seed <= 3; seed++) {
      MatchInstance market = new SyntheticMarketGenerator()
          .generate(SyntheticMarketSpec.national(1200).scaled(0.1).withSeed(seed));
      MatchResult result = new RothPeransonMatcher(RothPeransonOptions.withSeed(seed)
          .withMaxRestarts(0)).match(market);
      MatchSummary summary = MatchSummary.of(market, result);
      // NRMP 2025 PGY-1 fill 94.1% (T06): tolerance ±4 points
      assertThat(summary.pgy1FillRate()).as("seed %d", seed).isBetween(0.901, 0.981);
      // competitive: some applicants unmatched, most matched
      assertThat(summary.matchRate()).as("seed %d", seed).isBetween(0.70, 0.92);
      assertThat(summary.unfilled()).isPositive();
      // About half of matched applicants match at their first choice in the NRMP (estimate; the
      // national synthetic market gives about 45%, see docs/market-format.md)
      assertThat(summary.shareMatchedAtRank(0)).as("seed %d", seed).isBetween(0.38, 0.55);
    }
  }
}
