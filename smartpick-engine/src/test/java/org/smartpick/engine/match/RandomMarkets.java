package org.smartpick.engine.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Test helper: seeded random markets. Programs have 0–3 positions; applicants rank a random
 * subset of programs; programs rank most applicants who ranked them and a few who did not (so
 * "not ranked" cases occur on both sides). Optional couples (pairs may hold "no match" or the same
 * program twice), advanced programs with supplemental PGY-1 lists, and acyclic reversions.
 */
final class RandomMarkets {

  /** What a random market may contain. */
  record Shape(int programs, int singles, int couples, int maxListLength, boolean supplemental,
      boolean reversions) {
  }

  private RandomMarkets() {
  }

  static MatchInstance generate(Shape shape, SplittableRandom random) {
    MatchInstance.Builder b = MatchInstance.builder();
    int programs = shape.programs();
    Track[] tracks = new Track[programs];
    for (int p = 0; p < programs; p++) {
      tracks[p] = shape.supplemental() && random.nextInt(4) == 0 ? Track.ADVANCED
          : random.nextInt(3) == 0 ? Track.PGY1 : Track.CATEGORICAL;
      b.addProgram("P" + p, random.nextInt(4), tracks[p]);
    }
    for (int s = 0; s < shape.singles(); s++) {
      b.addSingle("s" + s);
    }
    for (int c = 0; c < shape.couples(); c++) {
      b.addCouple("c" + c, "c" + c + "a", "c" + c + "b");
    }
    int applicants = shape.singles() + 2 * shape.couples();
    List<List<Integer>> interested = new ArrayList<>();
    for (int p = 0; p < programs; p++) {
      interested.add(new ArrayList<>());
    }
    for (int a = 0; a < shape.singles(); a++) {
      int[] list = randomSubset(programs, 1 + random.nextInt(shape.maxListLength()), random);
      b.applicantRankList(a, list);
      note(interested, a, list);
      addSupplemental(b, shape, tracks, a, list, interested, random);
    }
    for (int c = 0; c < shape.couples(); c++) {
      int first = b.applicantIndex("c" + c + "a");
      int second = b.applicantIndex("c" + c + "b");
      int pairs = 1 + random.nextInt(shape.maxListLength() + 1);
      List<Integer> flat = new ArrayList<>();
      Set<Long> seen = new HashSet<>();
      for (int k = 0; k < pairs; k++) {
        int p = random.nextInt(5) == 0 ? MatchInstance.NONE : random.nextInt(programs);
        int q = random.nextInt(5) == 0 ? MatchInstance.NONE
            : random.nextInt(4) == 0 && p != MatchInstance.NONE ? p : random.nextInt(programs);
        if ((p == MatchInstance.NONE && q == MatchInstance.NONE) || !seen.add(p * 1000L + q)) {
          continue;
        }
        flat.add(p);
        flat.add(q);
        if (p != MatchInstance.NONE) {
          interested.get(p).add(first);
        }
        if (q != MatchInstance.NONE) {
          interested.get(q).add(second);
        }
      }
      b.coupleRankList(c, flat.stream().mapToInt(Integer::intValue).toArray());
    }
    for (int p = 0; p < programs; p++) {
      List<Integer> candidates = new ArrayList<>(new LinkedHashSet<>(interested.get(p)));
      candidates.removeIf(a -> random.nextInt(6) == 0);
      if (applicants > 0 && random.nextInt(3) == 0) {
        int extra = random.nextInt(applicants);
        if (!candidates.contains(extra)) {
          candidates.add(extra);
        }
      }
      shuffle(candidates, random);
      b.programRankList(p, candidates.stream().mapToInt(Integer::intValue).toArray());
    }
    if (shape.reversions()) {
      for (int p = 0; p + 1 < programs; p++) {
        if (random.nextInt(4) == 0) {
          b.revertTo(p, p + 1 + random.nextInt(programs - p - 1));
        }
      }
    }
    return b.build();
  }

  private static void addSupplemental(MatchInstance.Builder b, Shape shape, Track[] tracks, int a,
      int[] list, List<List<Integer>> interested, SplittableRandom random) {
    if (!shape.supplemental()) {
      return;
    }
    boolean ranksAdvanced = false;
    for (int p : list) {
      ranksAdvanced |= tracks[p] == Track.ADVANCED;
    }
    if (!ranksAdvanced) {
      return;
    }
    List<Integer> pgy1 = new ArrayList<>();
    for (int p = 0; p < tracks.length; p++) {
      if (tracks[p] != Track.ADVANCED && random.nextBoolean()) {
        pgy1.add(p);
      }
    }
    shuffle(pgy1, random);
    int[] supplemental = pgy1.stream().limit(shape.maxListLength()).mapToInt(Integer::intValue)
        .toArray();
    b.supplementalList(a, supplemental);
    note(interested, a, supplemental);
  }

  private static void note(List<List<Integer>> interested, int a, int[] programs) {
    for (int p : programs) {
      interested.get(p).add(a);
    }
  }

  static int[] randomSubset(int n, int size, SplittableRandom random) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    shuffle(all, random);
    return all.stream().limit(Math.min(size, n)).mapToInt(Integer::intValue).toArray();
  }

  static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      Collections.swap(list, i, random.nextInt(i + 1));
    }
  }

  /**
   * A copy of a singles-only instance without supplemental lists or reversions, with one
   * applicant's primary list replaced.
   */
  static MatchInstance withApplicantList(MatchInstance instance, int applicant, int[] list) {
    MatchInstance.Builder b = MatchInstance.builder();
    for (int p = 0; p < instance.programCount(); p++) {
      b.addProgram(instance.programId(p), instance.capacity(p), instance.track(p));
    }
    for (int a = 0; a < instance.applicantCount(); a++) {
      b.addSingle(instance.applicantId(a));
    }
    for (int a = 0; a < instance.applicantCount(); a++) {
      b.applicantRankList(a, a == applicant ? list : instance.applicantRankList(a));
    }
    for (int p = 0; p < instance.programCount(); p++) {
      b.programRankList(p, instance.programRankList(p));
    }
    return b.build();
  }
}
