package org.smartpick.engine.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One Match market in array form: programs (capacity, track, reversion receiver, rank list of
 * applicant indices), applicants (rank list of program indices, optional supplemental PGY-1 list)
 * and couples (a list of program pairs). Programs are numbered {@code 0..programCount()-1},
 * applicants (singles and couple members alike) {@code 0..applicantCount()-1}, couples
 * {@code 0..coupleCount()-1}.
 *
 * <p>Immutable and validated on construction by {@link Builder#build()}. Accessors that return
 * arrays return the instance's own arrays for speed: callers must not modify them.
 * Thread-safe (read-only after construction).
 */
public final class MatchInstance {
  /** Marks "no match" on one side of a couple's pair, and "none" in index fields. */
  public static final int NONE = -1;

  private final String[] programIds;
  private final int[] capacity;
  private final Track[] track;
  private final int[] revertTo;
  private final int[][] programRankList;
  private final String[] applicantIds;
  private final int[][] applicantRankList;
  private final int[][] supplementalList;
  private final int[] coupleOf;
  private final String[] coupleIds;
  private final int[] coupleFirst;
  private final int[] coupleSecond;
  private final int[][] coupleRankList;
  private final Map<String, Integer> programIndex;
  private final Map<String, Integer> applicantIndex;

  private MatchInstance(Builder b) {
    int programs = b.programIds.size();
    int applicants = b.applicantIds.size();
    int couples = b.coupleIds.size();
    programIds = b.programIds.toArray(new String[0]);
    capacity = toIntArray(b.capacity);
    track = b.track.toArray(new Track[0]);
    revertTo = toIntArray(b.revertTo);
    programRankList = new int[programs][];
    for (int p = 0; p < programs; p++) {
      programRankList[p] = b.programRankList.get(p);
    }
    applicantIds = b.applicantIds.toArray(new String[0]);
    applicantRankList = new int[applicants][];
    supplementalList = new int[applicants][];
    for (int a = 0; a < applicants; a++) {
      applicantRankList[a] = b.applicantRankList.get(a);
      supplementalList[a] = b.supplementalList.get(a);
    }
    coupleOf = toIntArray(b.coupleOf);
    coupleIds = b.coupleIds.toArray(new String[0]);
    coupleFirst = toIntArray(b.coupleFirst);
    coupleSecond = toIntArray(b.coupleSecond);
    coupleRankList = new int[couples][];
    for (int c = 0; c < couples; c++) {
      coupleRankList[c] = b.coupleRankList.get(c);
    }
    programIndex = Map.copyOf(b.programIndex);
    applicantIndex = Map.copyOf(b.applicantIndex);
  }

  private static int[] toIntArray(List<Integer> values) {
    int[] result = new int[values.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = values.get(i);
    }
    return result;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  public int programCount() {
    return programIds.length;
  }

  public int applicantCount() {
    return applicantIds.length;
  }

  public int coupleCount() {
    return coupleIds.length;
  }

  public String programId(int program) {
    return programIds[program];
  }

  /** Positions offered before any reversion. */
  public int capacity(int program) {
    return capacity[program];
  }

  public Track track(int program) {
    return track[program];
  }

  /** The program that receives this program's unfilled positions, or {@link #NONE}. */
  public int revertTo(int program) {
    return revertTo[program];
  }

  /** Applicant indices in the program's order of preference (do not modify). */
  public int[] programRankList(int program) {
    return programRankList[program];
  }

  public String applicantId(int applicant) {
    return applicantIds[applicant];
  }

  /**
   * Program indices in the applicant's order of preference (do not modify). Empty for couple
   * members: a couple ranks pairs, see {@link #coupleRankList(int)}.
   */
  public int[] applicantRankList(int applicant) {
    return applicantRankList[applicant];
  }

  /** The applicant's supplemental PGY-1 list, used once matched to an advanced program (do not modify). */
  public int[] supplementalList(int applicant) {
    return supplementalList[applicant];
  }

  /** The couple this applicant belongs to, or {@link #NONE} for a single applicant. */
  public int coupleOf(int applicant) {
    return coupleOf[applicant];
  }

  public String coupleId(int couple) {
    return coupleIds[couple];
  }

  /** The applicant index of the couple's first ({@code 0}) or second ({@code 1}) member. */
  public int coupleMember(int couple, int which) {
    if (which != 0 && which != 1) {
      throw new IllegalArgumentException("which must be 0 or 1, was " + which);
    }
    return which == 0 ? coupleFirst[couple] : coupleSecond[couple];
  }

  /**
   * The couple's list of program pairs, flattened: pair {@code k} is
   * {@code (list[2k], list[2k+1])} for (first member, second member); {@link #NONE} means that
   * member goes unmatched in this pair. Do not modify.
   */
  public int[] coupleRankList(int couple) {
    return coupleRankList[couple];
  }

  /** Number of pairs on the couple's list. */
  public int couplePairCount(int couple) {
    return coupleRankList[couple].length / 2;
  }

  /** Index of a program id, or {@link #NONE}. */
  public int programIndex(String id) {
    return programIndex.getOrDefault(id, NONE);
  }

  /** Index of an applicant id (single or couple member), or {@link #NONE}. */
  public int applicantIndex(String id) {
    return applicantIndex.getOrDefault(id, NONE);
  }

  /** Total number of rank-list entries of programs, applicants, couples and supplemental lists. */
  public long rankListEntries() {
    long total = 0;
    for (int[] list : programRankList) {
      total += list.length;
    }
    for (int a = 0; a < applicantIds.length; a++) {
      total += applicantRankList[a].length + supplementalList[a].length;
    }
    for (int[] list : coupleRankList) {
      total += list.length;
    }
    return total;
  }

  /**
   * Builds a {@link MatchInstance}. Entities are added by id and get consecutive indices; rank
   * lists are given as indices. {@link #build()} validates everything and reports the first
   * problem with the ids involved. Not thread-safe.
   */
  public static final class Builder {
    private final List<String> programIds = new ArrayList<>();
    private final List<Integer> capacity = new ArrayList<>();
    private final List<Track> track = new ArrayList<>();
    private final List<Integer> revertTo = new ArrayList<>();
    private final List<int[]> programRankList = new ArrayList<>();
    private final List<String> applicantIds = new ArrayList<>();
    private final List<int[]> applicantRankList = new ArrayList<>();
    private final List<int[]> supplementalList = new ArrayList<>();
    private final List<Integer> coupleOf = new ArrayList<>();
    private final List<String> coupleIds = new ArrayList<>();
    private final List<Integer> coupleFirst = new ArrayList<>();
    private final List<Integer> coupleSecond = new ArrayList<>();
    private final List<int[]> coupleRankList = new ArrayList<>();
    private final Map<String, Integer> programIndex = new HashMap<>();
    private final Map<String, Integer> applicantIndex = new HashMap<>();
    private final Map<String, Integer> coupleIndex = new HashMap<>();
    private final IndexStamps stamps = new IndexStamps();
    private static final int[] EMPTY = new int[0];

    private Builder() {
    }

    /** Adds a program and returns its index. */
    public int addProgram(String id, int positions, Track programTrack) {
      requireId("program", id);
      Objects.requireNonNull(programTrack, "track");
      if (programIndex.containsKey(id)) {
        throw new IllegalArgumentException("duplicate program id '" + id + "'");
      }
      if (positions < 0) {
        throw new IllegalArgumentException("program '" + id + "': capacity must be 0 or more, was "
            + positions);
      }
      int index = programIds.size();
      programIds.add(id);
      capacity.add(positions);
      track.add(programTrack);
      revertTo.add(NONE);
      programRankList.add(EMPTY);
      programIndex.put(id, index);
      return index;
    }

    /** Adds a single applicant and returns its index. */
    public int addSingle(String id) {
      return addApplicant(id, NONE);
    }

    /**
     * Adds a couple; its members become applicants (first member, then second) and must not be
     * added as singles. Returns the couple's index.
     */
    public int addCouple(String id, String firstMember, String secondMember) {
      requireId("couple", id);
      if (coupleIndex.containsKey(id)) {
        throw new IllegalArgumentException("duplicate couple id '" + id + "'");
      }
      if (Objects.equals(firstMember, secondMember)) {
        throw new IllegalArgumentException("couple '" + id + "': members must be two different "
            + "applicants, both are '" + firstMember + "'");
      }
      int index = coupleIds.size();
      int first = addApplicant(firstMember, index);
      int second = addApplicant(secondMember, index);
      coupleIds.add(id);
      coupleFirst.add(first);
      coupleSecond.add(second);
      coupleRankList.add(EMPTY);
      coupleIndex.put(id, index);
      return index;
    }

    private int addApplicant(String id, int couple) {
      requireId("applicant", id);
      Integer existing = applicantIndex.get(id);
      if (existing != null) {
        int existingCouple = coupleOf.get(existing);
        String was = existingCouple == NONE ? "a single applicant"
            : "a member of couple '" + coupleIds.get(existingCouple) + "'";
        throw new IllegalArgumentException("duplicate applicant id '" + id + "': already declared as "
            + was);
      }
      int index = applicantIds.size();
      applicantIds.add(id);
      applicantRankList.add(EMPTY);
      supplementalList.add(EMPTY);
      coupleOf.add(couple);
      applicantIndex.put(id, index);
      return index;
    }

    private static void requireId(String kind, String id) {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException(kind + " id must not be empty");
      }
    }

    /** Index of a program added so far, or {@link #NONE}. */
    public int programIndex(String id) {
      return programIndex.getOrDefault(id, NONE);
    }

    /** Index of an applicant (single or couple member) added so far, or {@link #NONE}. */
    public int applicantIndex(String id) {
      return applicantIndex.getOrDefault(id, NONE);
    }

    /** Index of a couple added so far, or {@link #NONE}. */
    public int coupleIndex(String id) {
      return coupleIndex.getOrDefault(id, NONE);
    }

    /** Sets where the program's unfilled positions revert to. */
    public Builder revertTo(int program, int receiver) {
      checkProgram(program);
      checkProgram(receiver);
      if (program == receiver) {
        throw new IllegalArgumentException("program '" + programIds.get(program)
            + "': revertTo must name another program, not itself");
      }
      revertTo.set(program, receiver);
      return this;
    }

    /** Sets the program's rank list (applicant indices, most preferred first). */
    public Builder programRankList(int program, int[] applicants) {
      checkProgram(program);
      String owner = "program '" + programIds.get(program) + "' rankList";
      int[] copy = applicants.clone();
      stamps.begin(applicantIds.size());
      for (int i = 0; i < copy.length; i++) {
        int a = copy[i];
        if (a < 0 || a >= applicantIds.size()) {
          throw new IllegalArgumentException(owner + "[" + i + "]: no applicant with index " + a);
        }
        if (!stamps.firstTime(a)) {
          throw new IllegalArgumentException(owner + "[" + i + "]: applicant '" + applicantIds.get(a)
              + "' is listed twice");
        }
      }
      programRankList.set(program, copy);
      return this;
    }

    /** Sets a single applicant's rank list (program indices, most preferred first). */
    public Builder applicantRankList(int applicant, int[] programs) {
      checkApplicant(applicant);
      if (coupleOf.get(applicant) != NONE) {
        throw new IllegalArgumentException("applicant '" + applicantIds.get(applicant)
            + "' is a member of couple '" + coupleIds.get(coupleOf.get(applicant))
            + "': a couple ranks program pairs, not single programs");
      }
      applicantRankList.set(applicant, checkProgramList(
          "applicant '" + applicantIds.get(applicant) + "' rankList", programs));
      return this;
    }

    /** Sets an applicant's supplemental PGY-1 list, used if they match an advanced program. */
    public Builder supplementalList(int applicant, int[] programs) {
      checkApplicant(applicant);
      String owner = "applicant '" + applicantIds.get(applicant) + "' supplementalList";
      int[] copy = checkProgramList(owner, programs);
      for (int i = 0; i < copy.length; i++) {
        if (track.get(copy[i]) == Track.ADVANCED) {
          throw new IllegalArgumentException(owner + "[" + i + "]: program '"
              + programIds.get(copy[i]) + "' is an ADVANCED program; a supplemental list ranks "
              + "PGY-1 positions");
        }
      }
      supplementalList.set(applicant, copy);
      return this;
    }

    /**
     * Sets a couple's list of program pairs, flattened as (first member's program, second
     * member's program) per pair; {@link #NONE} on one side means that member goes unmatched.
     */
    public Builder coupleRankList(int couple, int[] pairs) {
      if (couple < 0 || couple >= coupleIds.size()) {
        throw new IllegalArgumentException("no couple with index " + couple);
      }
      String owner = "couple '" + coupleIds.get(couple) + "' rankList";
      if (pairs.length % 2 != 0) {
        throw new IllegalArgumentException(owner + ": must hold whole pairs, has " + pairs.length
            + " entries");
      }
      int[] copy = pairs.clone();
      java.util.Set<Long> seen = new java.util.HashSet<>();
      for (int k = 0; k < copy.length / 2; k++) {
        int first = copy[2 * k];
        int second = copy[2 * k + 1];
        for (int p : new int[] {first, second}) {
          if (p != NONE && (p < 0 || p >= programIds.size())) {
            throw new IllegalArgumentException(owner + "[" + k + "]: no program with index " + p);
          }
        }
        if (first == NONE && second == NONE) {
          throw new IllegalArgumentException(owner + "[" + k + "]: a pair must name at least one "
              + "program (both sides are 'no match')");
        }
        if (!seen.add(((long) first << 32) ^ (second & 0xffffffffL))) {
          throw new IllegalArgumentException(owner + "[" + k + "]: pair (" + name(first) + ", "
              + name(second) + ") is listed twice");
        }
      }
      coupleRankList.set(couple, copy);
      return this;
    }

    private String name(int program) {
      return program == NONE ? "no match" : "'" + programIds.get(program) + "'";
    }

    private int[] checkProgramList(String owner, int[] programs) {
      int[] copy = programs.clone();
      stamps.begin(programIds.size());
      for (int i = 0; i < copy.length; i++) {
        int p = copy[i];
        if (p < 0 || p >= programIds.size()) {
          throw new IllegalArgumentException(owner + "[" + i + "]: no program with index " + p);
        }
        if (!stamps.firstTime(p)) {
          throw new IllegalArgumentException(owner + "[" + i + "]: program '" + programIds.get(p)
              + "' is listed twice");
        }
      }
      return copy;
    }

    private void checkProgram(int program) {
      if (program < 0 || program >= programIds.size()) {
        throw new IllegalArgumentException("no program with index " + program);
      }
    }

    private void checkApplicant(int applicant) {
      if (applicant < 0 || applicant >= applicantIds.size()) {
        throw new IllegalArgumentException("no applicant with index " + applicant);
      }
    }

    /**
     * Validates and returns the immutable instance. Rejects reversion chains that loop back
     * (A reverts to B, B to A), since unfilled positions would then circulate forever.
     */
    public MatchInstance build() {
      checkReversionChains();
      return new MatchInstance(this);
    }

    private void checkReversionChains() {
      int programs = programIds.size();
      int[] state = new int[programs]; // 0 unvisited, 1 on the current chain, 2 known to end
      for (int start = 0; start < programs; start++) {
        int p = start;
        while (p != NONE && state[p] == 0) {
          state[p] = 1;
          p = revertTo.get(p);
        }
        if (p != NONE && state[p] == 1) {
          StringBuilder chain = new StringBuilder("'" + programIds.get(p) + "'");
          for (int q = revertTo.get(p); q != p; q = revertTo.get(q)) {
            chain.append(" -> '").append(programIds.get(q)).append("'");
          }
          chain.append(" -> '").append(programIds.get(p)).append("'");
          throw new IllegalArgumentException("program '" + programIds.get(p)
              + "': revertTo chain forms a cycle " + chain);
        }
        for (int q = start; q != NONE && state[q] == 1; q = revertTo.get(q)) {
          state[q] = 2;
        }
      }
    }
  }

  @Override
  public String toString() {
    return "MatchInstance[programs=" + programIds.length + ", applicants=" + applicantIds.length
        + ", couples=" + coupleIds.length + ", positions=" + Arrays.stream(capacity).sum() + "]";
  }
}
