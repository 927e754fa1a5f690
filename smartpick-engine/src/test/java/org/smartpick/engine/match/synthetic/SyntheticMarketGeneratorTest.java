package org.smartpick.engine.match.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.match.MatchInstance;
import org.smartpick.engine.match.Track;

class SyntheticMarketGeneratorTest {
  private static final SyntheticMarketGenerator GENERATOR = new SyntheticMarketGenerator();
  private static final long NATIONAL_SEED = 2025;
  private static MatchInstance national;

  @BeforeAll
  static void generateNationalMarketOnce() {
    national = GENERATOR.generate(SyntheticMarketSpec.national(1200).withSeed(NATIONAL_SEED));
  }

  private static SyntheticMarketSpec smallSpec(long seed) {
    return SyntheticMarketSpec.builder(List.of(
            new SyntheticSpecialty("Medicine", Track.CATEGORICAL, 12, 60, 70, 0.0),
            new SyntheticSpecialty("Dermatology", Track.CATEGORICAL, 6, 14, 25, 0.5),
            new SyntheticSpecialty("Transitional", Track.PGY1, 5, 20, 10, 0.0)))
        .couples(6).regions(3).reversionShare(0.1).seed(seed).build();
  }

  @Test
  void sameSeedGivesIdenticalInstance() {
    assertThat(fingerprint(GENERATOR.generate(smallSpec(42))))
        .isEqualTo(fingerprint(GENERATOR.generate(smallSpec(42))));
    assertThat(fingerprint(GENERATOR.generate(SyntheticMarketSpec.national(1200).withSeed(NATIONAL_SEED))))
        .isEqualTo(fingerprint(national));
  }

  @Test
  void differentSeedsGiveDifferentInstances() {
    assertThat(fingerprint(GENERATOR.generate(smallSpec(42))))
        .isNotEqualTo(fingerprint(GENERATOR.generate(smallSpec(43))));
  }

  @Test
  void nationalMarketHasNrmp2025Totals() {
    assertThat(national.applicantCount()).isEqualTo(47_208);
    assertThat(national.programCount()).isEqualTo(6_626);
    assertThat(national.coupleCount()).isEqualTo(1_200);
    int positions = 0;
    int advancedPositions = 0;
    for (int p = 0; p < national.programCount(); p++) {
      positions += national.capacity(p);
      advancedPositions += national.track(p) == Track.ADVANCED ? national.capacity(p) : 0;
    }
    assertThat(positions).isEqualTo(43_237);
    // T04 - T05 = 3,196 PGY-2 positions; program sizes are random, so allow 10%.
    assertThat(advancedPositions).isBetween(2_876, 3_516);
  }

  @Test
  void nationalListLengthsAreNearTheirTargetsAndVary() {
    double sum = 0;
    double squares = 0;
    int singles = 0;
    for (int a = 0; a < national.applicantCount(); a++) {
      if (national.coupleOf(a) == MatchInstance.NONE) {
        int length = national.applicantRankList(a).length;
        sum += length;
        squares += (double) length * length;
        singles++;
      }
    }
    double mean = sum / singles;
    double sd = Math.sqrt(squares / singles - mean * mean);
    // spec mean 12 (NRMP T11: 12.35); tolerance 0.5
    assertThat(mean).isBetween(11.5, 12.5);
    assertThat(sd).isBetween(3.0, 8.0);
    long programEntries = 0;
    long positions = 0;
    for (int p = 0; p < national.programCount(); p++) {
      programEntries += national.programRankList(p).length;
      positions += national.capacity(p);
    }
    // cut at 10 per position; programs with fewer applicants rank them all: 8 to 10 on average
    assertThat((double) programEntries / positions).isBetween(7.5, 10.0);
  }

  @Test
  void nationalCouplesRankJointPairsAndSomeOneSidedPairs() {
    int withOneSided = 0;
    long pairs = 0;
    for (int c = 0; c < national.coupleCount(); c++) {
      int[] list = national.coupleRankList(c);
      pairs += list.length / 2;
      boolean oneSided = false;
      for (int k = 0; k < list.length / 2; k++) {
        oneSided |= list[2 * k] == MatchInstance.NONE || list[2 * k + 1] == MatchInstance.NONE;
      }
      withOneSided += oneSided ? 1 : 0;
    }
    assertThat((double) pairs / national.coupleCount()).isBetween(10.0, 40.0);
    // one-sided pairs are added for 40% of couples (and for couples with no same-region pair)
    assertThat((double) withOneSided / national.coupleCount()).isBetween(0.35, 0.5);
  }

  @Test
  void nationalMarketHasSupplementalListsAndReversions() {
    int supplemental = 0;
    for (int a = 0; a < national.applicantCount(); a++) {
      supplemental += national.supplementalList(a).length > 0 ? 1 : 0;
    }
    int reversions = 0;
    for (int p = 0; p < national.programCount(); p++) {
      reversions += national.revertTo(p) != MatchInstance.NONE ? 1 : 0;
    }
    assertThat(supplemental).isBetween(1_000, 10_000);
    // reversionShare 1% of 6,626 programs
    assertThat(reversions).isBetween(60, 67);
  }

  @Test
  void seededRandomSpecsAlwaysGiveConsistentMarkets() {
    SplittableRandom random = new SplittableRandom(777);
    for (int trial = 0; trial < 40; trial++) {
      SyntheticMarketSpec spec = randomSpec(random);
      MatchInstance instance = GENERATOR.generate(spec);
      assertThat(instance.applicantCount()).isEqualTo(spec.totalApplicants());
      assertThat(instance.programCount()).isEqualTo(spec.totalPrograms());
      assertThat(instance.coupleCount()).isEqualTo(spec.couples());
      assertConsistent(instance, spec);
    }
  }

  private static SyntheticMarketSpec randomSpec(SplittableRandom random) {
    List<SyntheticSpecialty> specialties = new ArrayList<>();
    int count = 1 + random.nextInt(4);
    for (int s = 0; s < count; s++) {
      int programs = 1 + random.nextInt(15);
      boolean pgy1 = s > 0 && random.nextInt(3) == 0;
      specialties.add(new SyntheticSpecialty("S" + s, pgy1 ? Track.PGY1 : Track.CATEGORICAL,
          programs, programs + random.nextInt(40), random.nextInt(60),
          pgy1 ? 0 : random.nextInt(3) * 0.5));
    }
    int applicants = specialties.stream().mapToInt(SyntheticSpecialty::applicants).sum();
    return SyntheticMarketSpec.builder(specialties)
        .couples(random.nextInt(applicants / 2 + 1))
        .meanApplicantListLength(1 + random.nextInt(15))
        .programListPerPosition(1 + random.nextInt(12))
        .backupShare(random.nextDouble())
        .supplementalShare(random.nextDouble())
        .reversionShare(random.nextDouble() * 0.5)
        .regions(1 + random.nextInt(5))
        .seed(random.nextLong())
        .build();
  }

  /** Independent checks of the structure the generator promises. */
  private static void assertConsistent(MatchInstance m, SyntheticMarketSpec spec) {
    List<Set<Integer>> mentioned = new ArrayList<>();
    for (int a = 0; a < m.applicantCount(); a++) {
      Set<Integer> programs = new HashSet<>();
      for (int p : m.applicantRankList(a)) {
        programs.add(p);
      }
      for (int p : m.supplementalList(a)) {
        assertThat(m.track(p)).isEqualTo(Track.PGY1);
        programs.add(p);
      }
      if (m.supplementalList(a).length > 0) {
        assertThat(Arrays.stream(m.applicantRankList(a)).anyMatch(p -> m.track(p) == Track.ADVANCED))
            .as("supplemental list only with an advanced program ranked").isTrue();
      }
      mentioned.add(programs);
    }
    for (int c = 0; c < m.coupleCount(); c++) {
      int[] list = m.coupleRankList(c);
      assertThat(list).isNotEmpty();
      for (int k = 0; k < list.length; k++) {
        if (list[k] != MatchInstance.NONE) {
          mentioned.get(m.coupleMember(c, k % 2)).add(list[k]);
        }
      }
    }
    for (int p = 0; p < m.programCount(); p++) {
      int[] list = m.programRankList(p);
      assertThat(list.length)
          .isLessThanOrEqualTo((int) Math.max(1, Math.round(spec.programListPerPosition() * m.capacity(p))));
      for (int a : list) {
        assertThat(mentioned.get(a)).as("program ranks only applicants who rank it").contains(p);
      }
      int receiver = m.revertTo(p);
      if (receiver != MatchInstance.NONE) {
        assertThat(m.revertTo(receiver)).as("no reversion chains").isEqualTo(MatchInstance.NONE);
        assertThat(m.track(receiver)).isEqualTo(m.track(p));
      }
    }
  }

  /** Every array and id of the instance, as one string. */
  static String fingerprint(MatchInstance m) {
    StringBuilder out = new StringBuilder();
    for (int p = 0; p < m.programCount(); p++) {
      out.append(m.programId(p)).append(m.capacity(p)).append(m.track(p)).append(m.revertTo(p))
          .append(Arrays.toString(m.programRankList(p))).append('\n');
    }
    for (int a = 0; a < m.applicantCount(); a++) {
      out.append(m.applicantId(a)).append(m.coupleOf(a))
          .append(Arrays.toString(m.applicantRankList(a)))
          .append(Arrays.toString(m.supplementalList(a))).append('\n');
    }
    for (int c = 0; c < m.coupleCount(); c++) {
      out.append(m.coupleId(c)).append(Arrays.toString(m.coupleRankList(c))).append('\n');
    }
    return out.toString();
  }
}
