package org.smartpick.app.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.match.MatchInstance;
import org.smartpick.engine.match.Track;
import org.smartpick.engine.match.synthetic.SyntheticMarketGenerator;
import org.smartpick.engine.match.synthetic.SyntheticMarketSpec;

class MarketJsonRoundTripTest {

  @Test
  void seededSyntheticMarketsSurviveWriteAndRead() throws IOException {
    SyntheticMarketSpec small = SyntheticMarketSpec.national(1200).scaled(0.01);
    for (long seed = 1; seed <= 8; seed++) {
      MatchInstance original = new SyntheticMarketGenerator().generate(small.withSeed(seed));
      MatchInstance copy = roundTrip(original);
      assertThat(canonical(copy)).isEqualTo(canonical(original));
    }
  }

  @Test
  void roundTripKeepsCouplesSupplementalListsAndReversions() throws IOException {
    MatchInstance original = new SyntheticMarketGenerator().generate(
        SyntheticMarketSpec.national(1200).scaled(0.02).toBuilder().reversionShare(0.05).build());
    assertThat(original.coupleCount()).isPositive();
    MatchInstance copy = roundTrip(original);
    int reversions = 0;
    int supplemental = 0;
    for (int p = 0; p < copy.programCount(); p++) {
      reversions += copy.revertTo(p) != MatchInstance.NONE ? 1 : 0;
    }
    for (int a = 0; a < copy.applicantCount(); a++) {
      supplemental += copy.supplementalList(a).length > 0 ? 1 : 0;
    }
    assertThat(reversions).isPositive();
    assertThat(supplemental).isPositive();
    assertThat(copy.coupleCount()).isEqualTo(original.coupleCount());
  }

  @Test
  void writerRefusesCoupleMembersWithSupplementalLists() {
    MatchInstance.Builder builder = MatchInstance.builder();
    int prelim = builder.addProgram("PRELIM", 1, Track.PGY1);
    builder.addCouple("C1", "E", "F");
    builder.supplementalList(builder.applicantIndex("E"), new int[] {prelim});
    MatchInstance instance = builder.build();
    assertThatThrownBy(() -> new MarketJsonWriter().write(instance, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("applicant 'E' is a couple member with a supplemental list");
  }

  private static MatchInstance roundTrip(MatchInstance instance) throws IOException {
    StringWriter out = new StringWriter();
    new MarketJsonWriter().write(instance, out);
    return new MarketJsonReader().read("round-trip.json", new StringReader(out.toString()));
  }

  /** The instance described by ids only, independent of index order. */
  private static TreeMap<String, List<String>> canonical(MatchInstance m) {
    TreeMap<String, List<String>> out = new TreeMap<>();
    for (int p = 0; p < m.programCount(); p++) {
      List<String> entry = new ArrayList<>(List.of(String.valueOf(m.capacity(p)), m.track(p).name(),
          m.revertTo(p) == MatchInstance.NONE ? "-" : m.programId(m.revertTo(p))));
      for (int a : m.programRankList(p)) {
        entry.add(m.applicantId(a));
      }
      out.put("program " + m.programId(p), entry);
    }
    for (int a = 0; a < m.applicantCount(); a++) {
      List<String> entry = new ArrayList<>();
      entry.add(m.coupleOf(a) == MatchInstance.NONE ? "single" : m.coupleId(m.coupleOf(a)));
      for (int p : m.applicantRankList(a)) {
        entry.add(m.programId(p));
      }
      entry.add("|");
      for (int p : m.supplementalList(a)) {
        entry.add(m.programId(p));
      }
      out.put("applicant " + m.applicantId(a), entry);
    }
    for (int c = 0; c < m.coupleCount(); c++) {
      List<String> entry = new ArrayList<>(List.of(m.applicantId(m.coupleMember(c, 0)),
          m.applicantId(m.coupleMember(c, 1))));
      for (int p : m.coupleRankList(c)) {
        entry.add(p == MatchInstance.NONE ? "null" : m.programId(p));
      }
      out.put("couple " + m.coupleId(c), entry);
    }
    return out;
  }
}
