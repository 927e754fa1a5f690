package org.smartpick.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchSummaryTest {

  @Test
  void workedExampleCountsRanksFillAndPgy1Positions() {
    MatchInstance.Builder b = MatchInstance.builder();
    b.addProgram("CAT", 3, Track.CATEGORICAL);
    b.addProgram("PRELIM", 2, Track.PGY1);
    b.addProgram("ADV", 1, Track.ADVANCED);
    for (String id : List.of("A", "B", "C", "D", "E", "F")) {
      b.addSingle(id);
    }
    MatchInstance m = b.build();
    int none = MatchInstance.NONE;
    // A rank 1 at CAT, B rank 2 at CAT, C rank 5 at PRELIM, D rank 3 at ADV, E and F unmatched
    MatchResult r = new MatchResult(new int[] {0, 0, 1, 2, none, none},
        new int[] {none, none, none, 1, none, none}, new int[] {1, 2, 5, 3, 0, 0},
        new int[] {3, 2, 1}, new int[] {2, 2, 1}, 10, 2, 0, List.of());
    MatchSummary s = MatchSummary.of(m, r);
    assertThat(s.matched()).isEqualTo(4);
    assertThat(s.matchedAtRank()).containsExactly(1, 1, 1, 1);
    assertThat(s.positions()).isEqualTo(6);
    assertThat(s.unfilled()).isEqualTo(1);
    assertThat(s.pgy1Positions()).isEqualTo(5);
    assertThat(s.pgy1FillRate()).isEqualTo(4.0 / 5);
    assertThat(s.matchRate()).isEqualTo(4.0 / 6);
    assertThat(s.shareMatchedAtRank(3)).isEqualTo(0.25);
  }
}
