package org.smartpick.engine.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Validation of options, unsupported features and instance rules added for the matchers. */
class MatchConfigurationTest {

  @Test
  void optionsRejectBadValuesNamingThem() {
    assertThatThrownBy(() -> new RothPeransonOptions(1, -1, 20, 8))
        .hasMessage("maxRestarts must be 0 or more, was -1");
    assertThatThrownBy(() -> new RothPeransonOptions(1, 3, 0, 8))
        .hasMessage("stepsPerRankListEntry must be at least 1, was 0");
    assertThatThrownBy(() -> new RothPeransonOptions(1, 3, 20, 0))
        .hasMessage("repeatedDisplacementLimit must be at least 1, was 0");
    assertThat(RothPeransonOptions.withSeed(5).withMaxRestarts(2))
        .isEqualTo(new RothPeransonOptions(5, 2, 20, 8));
    assertThatThrownBy(() -> RothPeransonOptions.withSeed(1).withExactSearchConflicts(-1))
        .hasMessage("exactSearchConflicts must be 0 or more, was -1");
    assertThatThrownBy(() -> RothPeransonOptions.withSeed(1).withExactSearchApplicants(0))
        .hasMessage("exactSearchApplicants must be at least 1, was 0");
    assertThat(RothPeransonOptions.withSeed(5).exactSearchApplicants())
        .isEqualTo(RothPeransonOptions.DEFAULT_EXACT_SEARCH_APPLICANTS);
  }

  @Test
  void deferredAcceptanceNamesTheUnsupportedFeature() {
    DeferredAcceptance da = new DeferredAcceptance();
    assertThatThrownBy(() -> da.match(RothPeransonExamplesTest.noStableMatching()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not support couples");
    MatchInstance supplemental = new Market()
        .program("ADV", 1, Track.ADVANCED).program("P", 1, Track.PGY1).singles("x")
        .applicantRanks("x", "ADV").supplemental("x", "P").build();
    assertThatThrownBy(() -> da.match(supplemental))
        .hasMessageContaining("does not support supplemental lists: applicant 'x'");
    MatchInstance reverting = new Market().program("A", 1).program("B", 1).revert("A", "B").build();
    assertThatThrownBy(() -> da.match(reverting))
        .hasMessageContaining("does not support reversions: program 'A' reverts to 'B'");
  }

  @Test
  void reversionCyclesAreRejectedWhenBuilding() {
    Market market = new Market().program("A", 1).program("B", 1).program("C", 1)
        .revert("A", "B").revert("B", "C").revert("C", "A");
    assertThatThrownBy(market::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("revertTo chain forms a cycle 'A' -> 'B' -> 'C' -> 'A'");
  }

  @Test
  void reversionChainsWithoutCyclesAreAccepted() {
    MatchInstance instance = new Market().program("A", 1).program("B", 1).program("C", 1)
        .revert("A", "C").revert("B", "C").build();
    assertThat(instance.revertTo(instance.programIndex("A"))).isEqualTo(2);
  }

  @Test
  void repeatedIdsAreFoundInEveryListAndNotCarriedOverToTheNext() {
    MatchInstance.Builder builder = MatchInstance.builder();
    int a = builder.addProgram("A", 1, Track.CATEGORICAL);
    int b = builder.addProgram("B", 1, Track.CATEGORICAL);
    int x = builder.addSingle("x");
    int y = builder.addSingle("y");
    builder.programRankList(a, new int[] {x, y}).programRankList(b, new int[] {y, x});
    builder.applicantRankList(x, new int[] {a, b}).applicantRankList(y, new int[] {b, a});
    assertThatThrownBy(() -> builder.programRankList(a, new int[] {y, x, y}))
        .hasMessage("program 'A' rankList[2]: applicant 'y' is listed twice");
    assertThatThrownBy(() -> builder.applicantRankList(y, new int[] {b, b}))
        .hasMessage("applicant 'y' rankList[1]: program 'B' is listed twice");
    assertThat(builder.build().applicantRankList(y)).containsExactly(b, a);
  }
}
