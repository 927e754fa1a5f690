package org.smartpick.engine.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartpick.engine.match.Market.matchOf;
import static org.smartpick.engine.match.Market.supplementalOf;

import org.junit.jupiter.api.Test;

/** Worked examples with answers derived by hand, step by step, in the comments. */
class RothPeransonExamplesTest {
  private final Matcher matcher = new RothPeransonMatcher(RothPeransonOptions.withSeed(7));
  private final StabilityChecker checker = new StabilityChecker();

  // Singles first: s -> A (free) held; t -> B (free) held.
  // Couple (m, n) pair 1 (A, B): A holds s, whom it ranks above m: refused.
  // Pair 2 (C, B): C is free; B ranks n above t: both accept. t is displaced from B and has
  // nothing left. Final: s-A, m-C, n-B (pair 2), t unmatched. Stable: pair 1 still fails at A.
  @Test
  void coupleTakesFirstPairWhereBothProgramsAcceptAndDisplacesSingle() {
    MatchInstance instance = new Market()
        .program("A", 1).program("B", 1).program("C", 1)
        .singles("s", "t").couple("mn", "m", "n")
        .applicantRanks("s", "A", "C").applicantRanks("t", "B")
        .pairs("mn", "A", "B", "C", "B", "C", "-")
        .programRanks("A", "s", "m").programRanks("B", "n", "t").programRanks("C", "m", "s")
        .build();
    MatchResult result = matcher.match(instance);

    assertThat(matchOf(instance, result, "s")).isEqualTo("A");
    assertThat(matchOf(instance, result, "m")).isEqualTo("C");
    assertThat(matchOf(instance, result, "n")).isEqualTo("B");
    assertThat(matchOf(instance, result, "t")).isEqualTo("-");
    assertThat(result.matchedRank(instance.applicantIndex("m"))).isEqualTo(2);
    assertThat(result.matchedRank(instance.applicantIndex("n"))).isEqualTo(2);
    assertThat(result.stable()).isTrue();
    assertThat(result.restarts()).isZero();
  }

  // C has 2 positions and already holds v (ranked between m and n). The couple's pair (C, C)
  // needs both seats: one holder (v) is ranked above n, so only one seat is open for two
  // members: refused. Next pair (D, no match): D is free: m matches D, n goes unmatched.
  // With 3 positions at C, two seats are open and the couple takes (C, C).
  @Test
  void sameProgramOnBothSidesNeedsRoomForBothMembers() {
    for (int positions : new int[] {2, 3}) {
      MatchInstance instance = new Market()
          .program("C", positions).program("D", 1)
          .singles("v").couple("mn", "m", "n")
          .applicantRanks("v", "C")
          .pairs("mn", "C", "C", "D", "-")
          .programRanks("C", "m", "v", "n").programRanks("D", "m")
          .build();
      MatchResult result = matcher.match(instance);

      boolean room = positions == 3;
      assertThat(matchOf(instance, result, "m")).isEqualTo(room ? "C" : "D");
      assertThat(matchOf(instance, result, "n")).isEqualTo(room ? "C" : "-");
      assertThat(result.matchedRank(instance.applicantIndex("n"))).isEqualTo(room ? 1 : 0);
      assertThat(matchOf(instance, result, "v")).isEqualTo("C");
      assertThat(result.stable()).isTrue();
    }
  }

  // x -> ADV (advanced) held, so x's supplemental list starts: x -> P1 (free) held.
  // y -> P1: P1 ranks y above x: x's supplemental place is displaced; x -> P2 (free) held.
  // w -> ADV2 held; w's only supplemental choice P1 is full with y, ranked above w: w keeps
  // ADV2 without a PGY-1 place. Final: x ADV + P2, y P1, w ADV2 + nothing.
  @Test
  void supplementalListIsUsedAfterAnAdvancedMatchAndAdvancedPlaceIsKeptWithoutPgy1() {
    MatchInstance instance = new Market()
        .program("ADV", 1, Track.ADVANCED).program("ADV2", 1, Track.ADVANCED)
        .program("P1", 1, Track.PGY1).program("P2", 1, Track.PGY1)
        .singles("x", "y", "w")
        .applicantRanks("x", "ADV").supplemental("x", "P1", "P2")
        .applicantRanks("y", "P1")
        .applicantRanks("w", "ADV2").supplemental("w", "P1")
        .programRanks("ADV", "x").programRanks("ADV2", "w")
        .programRanks("P1", "y", "w", "x").programRanks("P2", "x")
        .build();
    MatchResult result = matcher.match(instance);

    assertThat(matchOf(instance, result, "x")).isEqualTo("ADV");
    assertThat(supplementalOf(instance, result, "x")).isEqualTo("P2");
    assertThat(matchOf(instance, result, "y")).isEqualTo("P1");
    assertThat(matchOf(instance, result, "w")).isEqualTo("ADV2");
    assertThat(supplementalOf(instance, result, "w")).isEqualTo("-");
    assertThat(result.filled(instance.programIndex("P2"))).isEqualTo(1);
    assertThat(result.stable()).isTrue();
  }

  // x -> ADV held, supplemental x -> P1 held. z -> ADV: ADV ranks z above x: x loses ADV, so
  // x's supplemental place at P1 is withdrawn (P1 freed); x has nothing else on the primary list.
  // P1 is re-checked: x no longer holds an advanced place, so nobody re-enters; P1 stays empty.
  @Test
  void losingTheAdvancedPlaceWithdrawsTheSupplementalMatch() {
    MatchInstance instance = new Market()
        .program("ADV", 1, Track.ADVANCED).program("P1", 1, Track.PGY1)
        .singles("x", "z")
        .applicantRanks("x", "ADV").supplemental("x", "P1")
        .applicantRanks("z", "ADV")
        .programRanks("ADV", "z", "x").programRanks("P1", "x")
        .build();
    MatchResult result = matcher.match(instance);

    assertThat(matchOf(instance, result, "z")).isEqualTo("ADV");
    assertThat(matchOf(instance, result, "x")).isEqualTo("-");
    assertThat(supplementalOf(instance, result, "x")).isEqualTo("-");
    assertThat(result.filled(instance.programIndex("P1"))).isZero();
    assertThat(result.stable()).isTrue();
  }

  // R has 2 positions but only a1 ranks it: one stays unfilled and reverts to S.
  // Before reversion: a1-R; S (1 position) holds a2 and rejected a3.
  // After: R has 1 position, S has 2; S is re-checked, a3 re-enters and matches S.
  // Chain: T's 1 unfilled position goes to R first and then on to S (T -> R -> S).
  @Test
  void unfilledPositionsRevertAlongTheChainAndRejectedApplicantsGetThem() {
    MatchInstance instance = new Market()
        .program("T", 1).program("R", 2).program("S", 1)
        .singles("a1", "a2", "a3", "a4")
        .applicantRanks("a1", "R").applicantRanks("a2", "S").applicantRanks("a3", "S")
        .applicantRanks("a4", "S")
        .programRanks("R", "a1").programRanks("S", "a2", "a3", "a4")
        .revert("T", "R").revert("R", "S")
        .build();
    MatchResult result = matcher.match(instance);

    assertThat(result.finalCapacity(instance.programIndex("T"))).isZero();
    assertThat(result.finalCapacity(instance.programIndex("R"))).isEqualTo(1);
    assertThat(result.finalCapacity(instance.programIndex("S"))).isEqualTo(3);
    assertThat(matchOf(instance, result, "a1")).isEqualTo("R");
    assertThat(matchOf(instance, result, "a2")).isEqualTo("S");
    assertThat(matchOf(instance, result, "a3")).isEqualTo("S");
    assertThat(matchOf(instance, result, "a4")).isEqualTo("S");
    assertThat(result.stable()).isTrue();
    assertThat(checker.check(instance, result).feasible()).isTrue();
  }

  /**
   * The classic market with couples that has no stable matching (Roth 1984; Klaus and Klijn
   * 2005, Example 2.1 style): h1 prefers m over s, h2 prefers s over n, the couple wants only
   * (h1, h2) and s prefers h1 to h2. Every matching is blocked — see
   * {@link RothPeransonPropertyTest#classicInstanceHasNoStableMatchingByEnumeration()}.
   */
  static MatchInstance noStableMatching() {
    return new Market()
        .program("h1", 1).program("h2", 1)
        .singles("s").couple("mn", "m", "n")
        .applicantRanks("s", "h1", "h2")
        .pairs("mn", "h1", "h2")
        .programRanks("h1", "m", "s").programRanks("h2", "s", "n")
        .build();
  }

  @Test
  void marketWithoutStableMatchingTerminatesAndListsItsBlockingPairs() {
    MatchInstance instance = noStableMatching();
    RothPeransonOptions options = RothPeransonOptions.withSeed(3).withMaxRestarts(4);
    MatchResult result = new RothPeransonMatcher(options).match(instance);

    assertThat(result.stable()).isFalse();
    // The first restart ends with the blocking pairs of the first attempt, so restarts stop there.
    assertThat(result.restarts()).isEqualTo(1);
    assertThat(result.blockingPairs()).isNotEmpty();
    StabilityReport report = checker.check(instance, result);
    assertThat(report.feasible()).isTrue();
    assertThat(report.blockingPairs()).isEqualTo(result.blockingPairs());
    assertThat(result.blockingPairs().get(0).describe(instance)).isNotBlank();
  }
}
