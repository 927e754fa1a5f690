package org.smartpick.engine.market;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.smartpick.engine.match.MatchInstance;
import org.smartpick.engine.match.MatchResult;
import org.smartpick.engine.match.RothPeransonMatcher;
import org.smartpick.engine.match.RothPeransonOptions;

/**
 * Simulates one residency application cycle: program latents, applicants, faculty network,
 * applications and signals, calls before interviews (ERAS submitted, screening, before invites),
 * screening, invitations and interviews in waitlist rounds, calls after interviews (after interviews, ranking
 * meetings, final adjustments, plus applicants' own messages), program rank scores and lists,
 * applicants' and couples' lists, and the Match by {@link RothPeransonMatcher}. All specialties of
 * the scope share one Match. See {@code docs/market-model.md} for the model as built.
 *
 * <p>Randomness: one {@link SplittableRandom} from the seed, split in a fixed order per stage
 * (and per specialty for applicants); same seed and parameters ⇒ the same outcome, bit for bit.
 * Running time: O(A·P_s log P_s + E log E + Match) for A applicants, P_s programs per specialty
 * and E applications; a national replica takes seconds. Stateless and thread-safe: replicas may
 * run concurrently.
 */
public final class CycleSimulator {
  /**
   * Largest region of the Match's exact stability search in a simulated cycle: regions around the
   * blocking pairs, not the whole national market (about a minute when a replica needs it), so a
   * replica may end with a blocking pair (measured: 6 of 40 national replicas with one; the two
   * searched over the whole market have no stable matching; docs/market-model.md).
   */
  static final int EXACT_SEARCH_APPLICANTS = 10_000;

  private static final CyclePhase[] BEFORE = {CyclePhase.ERAS_SUBMITTED, CyclePhase.SCREENING,
      CyclePhase.BEFORE_INVITES};
  private static final CyclePhase[] AFTER = {CyclePhase.AFTER_INTERVIEWS,
      CyclePhase.RANKING_MEETINGS, CyclePhase.FINAL_ADJUSTMENTS};

  private CycleSimulator() {
  }

  /**
   * Simulates one cycle of a scope.
   *
   * @throws IllegalArgumentException for an unknown or unsimulable specialty
   */
  public static CycleOutcome simulate(MarketScope scope, MarketParameters parameters, long seed) {
    return simulate(MarketFrame.of(scope, parameters), parameters, seed);
  }

  /** Simulates one cycle over a prepared frame (build the frame once for many replicas). */
  public static CycleOutcome simulate(MarketFrame frame, MarketParameters p, long seed) {
    return simulate(frame, p, seed, null);
  }

  /**
   * Simulates one cycle with one more applicant given from outside (appended after the generated
   * applicants, who are drawn exactly as without them; see {@link InsertedApplicant}).
   *
   * @param inserted the extra applicant, or null for none
   */
  public static CycleOutcome simulate(MarketFrame frame, MarketParameters p, long seed,
      InsertedApplicant inserted) {
    SplittableRandom root = new SplittableRandom(seed);
    ProgramLatents latents = ProgramLatents.draw(frame, p, root.split());
    ApplicantPool pool = new ApplicantGenerator(frame, latents, p).generate(root.split());
    FacultyNetwork network = new FacultyNetwork(frame, pool);
    ApplicationStage applying = new ApplicationStage(frame, latents, p);
    Applications apps = applying.apply(pool, network, root.split());
    if (inserted != null) {
      pool = pool.with(inserted);
      network = new FacultyNetwork(frame, pool);
      apps = applying.insert(apps, pool, network, inserted);
    }
    int[] owner = owners(apps, pool.size);
    Backchannel backchannel = new Backchannel(frame, latents, p);
    CallLog calls = new CallLog();
    callsBeforeInterviews(pool, network, apps, owner, backchannel, calls, root.split());
    new ScreeningStage(frame, latents, p).screen(pool, apps, root.split());
    double[] thresholds = InvitationRounds.run(apps, pool.size, latents.interviewSlots,
        p.maxInterviews(), p.invitationRounds());
    RankingStage ranking = new RankingStage(frame, p);
    double[] day = interviewDays(pool, apps, owner, ranking, root.split());
    callsAfterInterviews(pool, network, apps, owner, day, backchannel, calls, root.split());
    SplittableRandom rankRandom = root.split();
    for (int e = 0; e < apps.count(); e++) {
      if (apps.has(e, Applications.INTERVIEWED)) {
        apps.rankScore[e] = (float) ranking.rankScore(pool, owner[e], apps, e, day[e], rankRandom);
      }
    }
    MatchBuild build = buildMatch(frame, p, pool, apps, ranking.rankLists(apps, owner));
    long matchSeed = root.nextLong();
    MatchResult result = new RothPeransonMatcher(RothPeransonOptions.withSeed(matchSeed)
        .withExactSearchApplicants(EXACT_SEARCH_APPLICANTS)).match(build.instance());
    double[] cutoffs = rankCutoffs(apps, owner, build, result);
    return new CycleOutcome(frame, seed, latents, pool, apps, calls, thresholds, cutoffs,
        build.ranks(), build.contiguous(), build.matchIndex(), build.instance(), result);
  }

  private static int[] owners(Applications apps, int applicants) {
    int[] owner = new int[apps.count()];
    for (int i = 0; i < applicants; i++) {
      Arrays.fill(owner, apps.offset[i], apps.offset[i + 1], i);
    }
    return owner;
  }

  // Calls before interviews move file scores (B_pre), phase by phase.
  private static void callsBeforeInterviews(ApplicantPool pool, FacultyNetwork network,
      Applications apps, int[] owner, Backchannel backchannel, CallLog calls,
      SplittableRandom random) {
    for (CyclePhase phase : BEFORE) {
      for (int e = 0; e < apps.count(); e++) {
        apps.effectBefore[e] += (float) backchannel.call(pool, network, apps, e, owner[e], phase,
            Double.NaN, calls, random);
      }
    }
  }

  // Interview-day performance per interview.
  private static double[] interviewDays(ApplicantPool pool, Applications apps, int[] owner,
      RankingStage ranking, SplittableRandom random) {
    double[] day = new double[apps.count()];
    for (int e = 0; e < apps.count(); e++) {
      day[e] = apps.has(e, Applications.INTERVIEWED)
          ? ranking.interviewDay(pool, owner[e], random) : Double.NaN;
    }
    return day;
  }

  // Calls after interviews move rank scores (B), then applicants message their top program.
  private static void callsAfterInterviews(ApplicantPool pool, FacultyNetwork network,
      Applications apps, int[] owner, double[] day, Backchannel backchannel, CallLog calls,
      SplittableRandom random) {
    MarketFrame frame = backchannel.frame();
    MarketParameters p = backchannel.parameters();
    for (CyclePhase phase : AFTER) {
      for (int e = 0; e < apps.count(); e++) {
        if (apps.has(e, Applications.INTERVIEWED)) {
          int i = owner[e];
          SpecialtyFrame s = frame.specialties().get(frame.specialtyOf(apps.program[e]));
          double gap = Standardizer.step2(pool.step2[i], s, p) - day[e];
          apps.effectAfter[e] += (float) backchannel.call(pool, network, apps, e, i, phase, gap,
              calls, random);
        }
      }
    }
    for (int i = 0; i < pool.size; i++) {
      int[] preferred = RankOrderLists.preferredEntries(apps, i);
      if (preferred.length > 0 && Draws.chance(random, p.ownMessageShare())) {
        int e = preferred[0];
        apps.effectAfter[e] += (float) backchannel.ownMessage(i, apps.program[e], calls, random);
      }
    }
  }

  /** The Match instance with the applicants' Match indices and list statistics. */
  private record MatchBuild(MatchInstance instance, int[] matchIndex, int[] ranks,
      int[] contiguous) {
  }

  private static MatchBuild buildMatch(MarketFrame frame, MarketParameters p, ApplicantPool pool,
      Applications apps, int[][] programLists) {
    MatchInstance.Builder builder = MatchInstance.builder();
    for (int j = 0; j < frame.programCount(); j++) {
      builder.addProgram(frame.program(j).acgmeId(), frame.program(j).positions().getAsInt(),
          frame.track(j));
    }
    int[] matchIndex = new int[pool.size];
    int[] coupleOf = new int[pool.size];
    Arrays.fill(matchIndex, -1);
    for (int i = 0; i < pool.size; i++) {
      if (matchIndex[i] >= 0) {
        continue;
      }
      int partner = pool.partner[i];
      if (partner < 0) {
        matchIndex[i] = builder.addSingle("A" + i);
        coupleOf[i] = -1;
      } else {
        int couple = builder.addCouple("C" + i, "A" + i, "A" + partner);
        matchIndex[i] = builder.applicantIndex("A" + i);
        matchIndex[partner] = builder.applicantIndex("A" + partner);
        coupleOf[i] = couple;
        coupleOf[partner] = -2;
      }
    }
    for (int j = 0; j < programLists.length; j++) {
      int[] list = programLists[j].clone();
      for (int r = 0; r < list.length; r++) {
        list[r] = matchIndex[list[r]];
      }
      builder.programRankList(j, list);
    }
    int[] ranks = new int[pool.size];
    int[] contiguous = new int[pool.size];
    RankOrderLists lists = new RankOrderLists(frame, p);
    for (int i = 0; i < pool.size; i++) {
      if (coupleOf[i] == -1) {
        int[] list = RankOrderLists.single(apps, i);
        builder.applicantRankList(matchIndex[i], list);
        supplemental(builder, matchIndex[i], lists.supplemental(apps, i, list));
        ranks[i] = list.length;
        contiguous[i] = countIn(frame, list, pool.specialty[i]);
      } else if (coupleOf[i] >= 0) {
        int partner = pool.partner[i];
        int[] pairs = lists.couple(apps, i, partner);
        builder.coupleRankList(coupleOf[i], pairs);
        int[] mine = side(pairs, 0);
        int[] theirs = side(pairs, 1);
        supplemental(builder, matchIndex[i], lists.supplemental(apps, i, mine));
        supplemental(builder, matchIndex[partner], lists.supplemental(apps, partner, theirs));
        ranks[i] = mine.length;
        ranks[partner] = theirs.length;
        contiguous[i] = countIn(frame, mine, pool.specialty[i]);
        contiguous[partner] = countIn(frame, theirs, pool.specialty[partner]);
      }
    }
    return new MatchBuild(builder.build(), matchIndex, ranks, contiguous);
  }

  // Only non-empty supplemental lists are set: the builder validates each list against all programs.
  private static void supplemental(MatchInstance.Builder builder, int applicant, int[] list) {
    if (list.length > 0) {
      builder.supplementalList(applicant, list);
    }
  }

  /** Distinct programs on one side of a couple's pair list. */
  private static int[] side(int[] pairs, int which) {
    int[] programs = new int[pairs.length / 2];
    int n = 0;
    for (int k = which; k < pairs.length; k += 2) {
      if (pairs[k] != MatchInstance.NONE) {
        programs[n++] = pairs[k];
      }
    }
    return Arrays.stream(programs, 0, n).distinct().toArray();
  }

  private static int countIn(MarketFrame frame, int[] programs, int specialty) {
    int count = 0;
    for (int j : programs) {
      count += frame.specialtyOf(j) == specialty ? 1 : 0;
    }
    return count;
  }

  // Rank cutoff: rank score of the last applicant a program matched; −∞ if it did not fill.
  private static double[] rankCutoffs(Applications apps, int[] owner, MatchBuild build,
      MatchResult result) {
    int programs = build.instance().programCount();
    double[] cutoff = new double[programs];
    Arrays.fill(cutoff, Double.POSITIVE_INFINITY);
    for (int e = 0; e < apps.count(); e++) {
      int j = apps.program[e];
      if (apps.has(e, Applications.INTERVIEWED)
          && result.programOf(build.matchIndex()[owner[e]]) == j) {
        cutoff[j] = Math.min(cutoff[j], apps.rankScore[e]);
      }
    }
    for (int j = 0; j < programs; j++) {
      if (result.filled(j) < result.finalCapacity(j)) {
        cutoff[j] = Double.NEGATIVE_INFINITY;
      }
    }
    return cutoff;
  }
}
