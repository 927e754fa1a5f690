package org.smartpick.engine.match.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.smartpick.engine.match.MatchInstance;
import org.smartpick.engine.match.Track;

/**
 * Generates a synthetic Match market ({@link MatchInstance}) from a {@link SyntheticMarketSpec}.
 *
 * <p>Structure: programs per specialty with varying sizes, a region and a desirability
 * ({@link ProgramTable}); applicants with a primary specialty (exact counts from the spec), a
 * quality and a home region. A single applicant ranks about {@code meanApplicantListLength}
 * programs (log-normal, so lengths vary), some of them in a backup specialty (drawn in proportion
 * to positions) with probability {@code backupShare}; one who ranks an ADVANCED program submits a
 * supplemental list of PGY1 programs with probability {@code supplementalShare}. Couples share a
 * region; each member shortlists non-advanced programs of their specialty, and the couple ranks
 * same-region pairs by the sum of the members' utilities, sometimes followed by pairs where one
 * member goes unmatched. A program ranks the applicants who ranked it (on any list), best
 * {@code programListPerPosition × capacity} first. A {@code reversionShare} of programs revert
 * unfilled positions to a program of the same specialty, track and (if possible) region, standing
 * in for "the same institution"; no program both sends and receives. Preference rules:
 * {@link PreferenceModel}.
 *
 * <p>Deterministic: the same spec (seed included) gives an identical instance; all randomness
 * comes from one {@link SplittableRandom} seeded from the spec. Running time
 * O(Σ applicants × specialty size + list entries × log); a national market (47,208 applicants)
 * takes about a second. Stateless and thread-safe.
 */
public final class SyntheticMarketGenerator {
  /** Spread (log scale) of applicant list lengths. */
  private static final double LIST_LENGTH_SPREAD = 0.45;
  /** Share of a backup applicant's list spent on the backup specialty. */
  private static final double BACKUP_LIST_SHARE = 0.35;
  /** Supplemental list length relative to the applicant's primary list length. */
  private static final double SUPPLEMENTAL_LIST_SHARE = 0.5;
  /** Probability that a couple adds pairs in which one member goes unmatched. */
  private static final double ONE_SIDED_SHARE = 0.4;

  /** Generates the market described by the spec. */
  public MatchInstance generate(SyntheticMarketSpec spec) {
    SplittableRandom random = new SplittableRandom(spec.seed());
    MutualFit fit = new MutualFit(spec.seed());
    ProgramTable programs = ProgramTable.draw(spec, random.split());
    Applicants applicants = Applicants.draw(spec, random.split());
    MatchInstance.Builder builder = MatchInstance.builder();
    for (int p = 0; p < programs.count(); p++) {
      builder.addProgram(programs.ids[p], programs.capacity[p], programs.track[p]);
    }
    int[][] mentions = new int[applicants.count()][];
    SplittableRandom coupleRandom = random.split();
    for (int c = 0; c < spec.couples(); c++) {
      int first = 2 * c;
      int second = first + 1;
      int couple = builder.addCouple(coupleId(c), applicantId(first), applicantId(second));
      builder.coupleRankList(couple,
          couplePairs(spec, programs, applicants, first, second, mentions, fit, coupleRandom));
    }
    SplittableRandom singleRandom = random.split();
    for (int a = 2 * spec.couples(); a < applicants.count(); a++) {
      int index = builder.addSingle(applicantId(a));
      int[] list = singleList(spec, programs, applicants, a, fit, singleRandom);
      builder.applicantRankList(index, list);
      int[] supplemental = supplementalList(spec, programs, applicants, a, list, fit,
          singleRandom);
      builder.supplementalList(index, supplemental);
      mentions[a] = union(list, supplemental);
    }
    int[][] programLists = programLists(spec, programs, applicants, mentions, fit,
        random.split());
    for (int p = 0; p < programs.count(); p++) {
      builder.programRankList(p, programLists[p]);
    }
    addReversions(spec, programs, builder, random.split());
    return builder.build();
  }

  static String applicantId(int index) {
    return String.format("A%06d", index + 1);
  }

  static String coupleId(int index) {
    return String.format("C%04d", index + 1);
  }

  /** A list length: log-normal around the mean, at least 1. */
  static int listLength(double mean, SplittableRandom random) {
    double factor = Math.exp(LIST_LENGTH_SPREAD * random.nextGaussian()
        - LIST_LENGTH_SPREAD * LIST_LENGTH_SPREAD / 2);
    return Math.max(1, (int) Math.round(mean * factor));
  }

  /** A single applicant's rank list: primary specialty, sometimes a backup specialty too. */
  private static int[] singleList(SyntheticMarketSpec spec, ProgramTable programs,
      Applicants applicants, int a, MutualFit fit, SplittableRandom random) {
    int length = listLength(spec.meanApplicantListLength(), random);
    int primary = applicants.specialty[a];
    double q = applicants.quality[a];
    int region = applicants.region[a];
    int[] chosen;
    if (length > 1 && spec.specialties().size() > 1 && random.nextDouble() < spec.backupShare()) {
      int backupLength = Math.max(1, (int) Math.round(length * BACKUP_LIST_SHARE));
      int backup = applicants.backupSpecialty(primary, random);
      int[] main = PreferenceModel.shortlist(programs, programs.bySpecialty[primary],
          length - backupLength, q, region, PreferenceModel.SINGLE_REGION, random);
      int[] extra = PreferenceModel.shortlist(programs, programs.bySpecialty[backup], backupLength,
          q, region, PreferenceModel.SINGLE_REGION, random);
      chosen = union(main, extra);
    } else {
      chosen = PreferenceModel.shortlist(programs, programs.bySpecialty[primary], length, q, region,
          PreferenceModel.SINGLE_REGION, random);
    }
    return PreferenceModel.rankByUtility(programs, chosen, a, region, fit, random);
  }

  /** PGY1 programs for an applicant who ranked an advanced program, or an empty list. */
  private static int[] supplementalList(SyntheticMarketSpec spec, ProgramTable programs,
      Applicants applicants, int a, int[] list, MutualFit fit, SplittableRandom random) {
    boolean ranksAdvanced = Arrays.stream(list).anyMatch(p -> programs.track[p] == Track.ADVANCED);
    if (!ranksAdvanced || programs.pgy1.length == 0 || random.nextDouble() >= spec.supplementalShare()) {
      return new int[0];
    }
    int length = Math.max(1, (int) Math.round(list.length * SUPPLEMENTAL_LIST_SHARE));
    int[] chosen = PreferenceModel.shortlist(programs, programs.pgy1, length,
        applicants.quality[a], applicants.region[a], PreferenceModel.SINGLE_REGION, random);
    return PreferenceModel.rankByUtility(programs, chosen, a, applicants.region[a], fit, random);
  }

  /**
   * A couple's pairs, flattened: same-region pairs of the members' shortlists by the sum of their
   * utilities, then sometimes each member's favourite with the partner unmatched. Records which
   * programs each member appears at in {@code mentions}.
   */
  private static int[] couplePairs(SyntheticMarketSpec spec, ProgramTable programs,
      Applicants applicants, int first, int second, int[][] mentions, MutualFit fit,
      SplittableRandom random) {
    int region = applicants.region[first];
    int[] a = coupleShortlist(spec, programs, applicants, first, region, random);
    int[] b = coupleShortlist(spec, programs, applicants, second, region, random);
    double[] ua = utilities(programs, a, first, region, fit, random);
    double[] ub = utilities(programs, b, second, region, fit, random);
    List<int[]> pairs = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        if (programs.region[a[i]] == programs.region[b[j]]) {
          pairs.add(new int[] {i, j});
          scores.add(ua[i] + ub[j]);
        }
      }
    }
    Integer[] order = new Integer[pairs.size()];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (x, y) -> Double.compare(scores.get(y), scores.get(x)));
    int keep = Math.min(order.length, a.length + b.length);
    boolean oneSided = keep == 0 || random.nextDouble() < ONE_SIDED_SHARE;
    int[] flat = new int[2 * keep + (oneSided ? 4 : 0)];
    boolean[] usedA = new boolean[a.length];
    boolean[] usedB = new boolean[b.length];
    for (int k = 0; k < keep; k++) {
      int[] pair = pairs.get(order[k]);
      flat[2 * k] = a[pair[0]];
      flat[2 * k + 1] = b[pair[1]];
      usedA[pair[0]] = true;
      usedB[pair[1]] = true;
    }
    if (oneSided) {
      int bestA = argMax(ua);
      int bestB = argMax(ub);
      usedA[bestA] = true;
      usedB[bestB] = true;
      int at = 2 * keep;
      flat[at] = a[bestA];
      flat[at + 1] = MatchInstance.NONE;
      flat[at + 2] = MatchInstance.NONE;
      flat[at + 3] = b[bestB];
    }
    mentions[first] = selected(a, usedA);
    mentions[second] = selected(b, usedB);
    return flat;
  }

  /** A couple member's shortlist among non-advanced programs of their specialty. */
  private static int[] coupleShortlist(SyntheticMarketSpec spec, ProgramTable programs,
      Applicants applicants, int member, int coupleRegion, SplittableRandom random) {
    int s = applicants.specialty[member];
    int[] pool = programs.nonAdvancedBySpecialty[s].length > 0
        ? programs.nonAdvancedBySpecialty[s] : programs.bySpecialty[s];
    int length = listLength(spec.meanApplicantListLength(), random);
    return PreferenceModel.shortlist(programs, pool, length, applicants.quality[member],
        coupleRegion, PreferenceModel.COUPLE_REGION, random);
  }

  private static double[] utilities(ProgramTable programs, int[] chosen, int member, int region,
      MutualFit fit, SplittableRandom random) {
    double[] u = new double[chosen.length];
    for (int i = 0; i < chosen.length; i++) {
      u[i] = PreferenceModel.utility(programs, chosen[i], region, fit.of(member, chosen[i]),
          random);
    }
    return u;
  }

  private static int argMax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }

  private static int[] selected(int[] items, boolean[] used) {
    int[] result = new int[items.length];
    int n = 0;
    for (int i = 0; i < items.length; i++) {
      if (used[i]) {
        result[n++] = items[i];
      }
    }
    return Arrays.copyOf(result, n);
  }

  /** Distinct programs of both lists, first list first. */
  private static int[] union(int[] first, int[] second) {
    int[] result = Arrays.copyOf(first, first.length + second.length);
    int n = first.length;
    for (int p : second) {
      boolean present = false;
      for (int k = 0; k < first.length && !present; k++) {
        present = first[k] == p;
      }
      if (!present) {
        result[n++] = p;
      }
    }
    return Arrays.copyOf(result, n);
  }

  /**
   * Each program's rank list: the applicants who mention it, by program score, cut at
   * {@code programListPerPosition × capacity}.
   */
  private static int[][] programLists(SyntheticMarketSpec spec, ProgramTable programs,
      Applicants applicants, int[][] mentions, MutualFit fit, SplittableRandom random) {
    int[] count = new int[programs.count()];
    for (int[] list : mentions) {
      for (int p : list) {
        count[p]++;
      }
    }
    int[][] buckets = new int[programs.count()][];
    for (int p = 0; p < buckets.length; p++) {
      buckets[p] = new int[count[p]];
    }
    int[] fill = new int[programs.count()];
    for (int a = 0; a < mentions.length; a++) {
      for (int p : mentions[a]) {
        buckets[p][fill[p]++] = a;
      }
    }
    int[][] lists = new int[programs.count()][];
    for (int p = 0; p < lists.length; p++) {
      int[] bucket = buckets[p];
      double[] score = new double[bucket.length];
      for (int i = 0; i < bucket.length; i++) {
        int a = bucket[i];
        score[i] = PreferenceModel.programScore(applicants.quality[a],
            applicants.region[a] == programs.region[p], fit.of(a, p), random);
      }
      int limit = (int) Math.max(1, Math.round(spec.programListPerPosition() * programs.capacity[p]));
      int[] ranked = PreferenceModel.descending(bucket, score);
      lists[p] = ranked.length > limit ? Arrays.copyOf(ranked, limit) : ranked;
    }
    return lists;
  }

  /** Adds reversions: a sender's unfilled positions go to a same-specialty, same-track receiver. */
  private static void addReversions(SyntheticMarketSpec spec, ProgramTable programs,
      MatchInstance.Builder builder, SplittableRandom random) {
    int wanted = (int) Math.round(spec.reversionShare() * programs.count());
    boolean[] sender = new boolean[programs.count()];
    boolean[] receiver = new boolean[programs.count()];
    int added = 0;
    for (int attempt = 0; added < wanted && attempt < 10 * wanted; attempt++) {
      int p = random.nextInt(programs.count());
      if (sender[p] || receiver[p]) {
        continue;
      }
      int r = receiverFor(programs, p, sender, random);
      if (r != MatchInstance.NONE) {
        builder.revertTo(p, r);
        sender[p] = true;
        receiver[r] = true;
        added++;
      }
    }
  }

  /** A random non-sender program of the same specialty and track, same region preferred. */
  private static int receiverFor(ProgramTable programs, int p, boolean[] sender,
      SplittableRandom random) {
    List<Integer> sameRegion = new ArrayList<>();
    List<Integer> other = new ArrayList<>();
    for (int q : programs.bySpecialty[programs.specialty[p]]) {
      if (q != p && !sender[q] && programs.track[q] == programs.track[p]) {
        (programs.region[q] == programs.region[p] ? sameRegion : other).add(q);
      }
    }
    List<Integer> pool = sameRegion.isEmpty() ? other : sameRegion;
    return pool.isEmpty() ? MatchInstance.NONE : pool.get(random.nextInt(pool.size()));
  }
}
