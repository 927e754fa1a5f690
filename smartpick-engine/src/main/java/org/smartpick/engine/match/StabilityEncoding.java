package org.smartpick.engine.match;

import static org.smartpick.engine.match.MatchInstance.NONE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;

/**
 * Stability of hospitals/residents with couples as a SAT formula over a {@link StabilityRegion}
 * of a matching, after D. Drummond, A. Perrault and F. Bacchus, "SAT is an effective and complete
 * method for solving stable matching problems with couples", IJCAI 2015 (an integer programming
 * view of the same constraints: P. Biró, D. F. Manlove and I. McBride, SEA 2014, LNCS 8504). A
 * model is a matching in which the free applicants of the region take places and everyone else
 * keeps theirs, with no blocking pair anywhere in the market in the sense of
 * {@link StabilityChecker}, with final capacities given by the reversion rule
 * ({@link ReversionTrees}: a program with a receiver keeps only the positions it fills, and is
 * judged by what it holds, as the checker and Roth–Peranson's re-runs with reduced quotas do).
 *
 * <p>Variables: one per place a free single may take (an entry of its list at a program that
 * ranks it and that the region offers, see {@link StabilityRegion#offers}), one per pair a free
 * couple may take, one per program and couple member ("the member is at this program"), a
 * prefix variable per option ("matched here or better") that also says "at most one option";
 * for a free applicant with a supplemental list, one per supplemental place it may take (only
 * while its primary place is advanced, a variable of its own) with prefixes likewise; and per
 * <i>tracked</i> program — one where some free applicant may sit, and the rest of its reversion
 * tree — a sequential counter
 * (C. Sinz, "Towards an Optimal CNF Encoding of Boolean Cardinality Constraints", CP 2005) with
 * both directions of the equivalence: "at least k of the first j free applicants on its list sit
 * there", k up to its capacity + 1. Applicants who do not move are constants in the counts.
 *
 * <p>Reversions: in a simple reversion tree (senders revert straight to a root) a sender holds
 * at most its own positions and, full at what it holds, takes an applicant iff one of its seats
 * at or below the applicant's rank is taken (an OR chain over its seats, and a second chain for
 * "two of them" when a couple asks for it on both sides); the root's count starts with its
 * senders' seats, and it holds and takes as if it had all positions of the tree. A chained tree (a
 * sender that also receives) keeps the final capacities of the given matching, its senders
 * full; so with chains an unsatisfiable whole market is not a proof.
 *
 * <p>Clauses: each program holds at most its final capacity; a free single or couple is matched
 * at or above each entry whose program(s) would accept it (a program is full with applicants it
 * ranks higher; an untracked program's answer is a constant of the matching), and so is a free
 * applicant at an advanced program on its supplemental list; every applicant
 * who does not move has no blocking pair — on its own list, supplemental list, or a couple's
 * pair — above its assignment (with untracked programs only, a constant: a blocking pair there
 * makes the formula unsatisfiable). A couple asking for one program on both sides
 * needs room for both members beside the others ranked above the worse one, as in the checker.
 * So an unsatisfiable formula proves that no stable matching keeps everyone outside the region
 * where they are; with the whole market free, that none exists.
 *
 * <p>Initial phases come from the matching, so the solver starts at the near-stable matching.
 * Size: O(options + Σ over tracked programs of free applicants on the list × capacity) variables
 * and clauses, plus at most one clause per list entry above an outside applicant's assignment.
 * Building it takes O(E log L) for E rank-list entries and lists of length at most L (rank
 * look-ups by binary search). Deterministic. One
 * encoding per search: not thread-safe.
 */
final class StabilityEncoding {
  private final MatchInstance instance;
  private final int[] programOf;
  private final int[] supplementalOf;
  private final int[] capacity;
  private final StabilityRegion region;
  private final ReversionTrees trees;
  /** Per tracked program, the positions its counter is bounded by (see {@link #counter}). */
  private final int[] bound;
  private final CdclSolver solver = new CdclSolver();
  private final int top;
  /** Variables true in the matching we start from (initial phases). */
  private final BitSet current = new BitSet();
  /** Per free single, its options; per free couple, by couple index, its options. */
  private final Map<Integer, Options> singleOptions = new TreeMap<>();
  private final Map<Integer, Options> coupleOptions = new TreeMap<>();
  /** Per free applicant with a supplemental list, its supplemental options. */
  private final Map<Integer, Options> supplementalOptions = new TreeMap<>();
  /** Per free applicant with a supplemental list, the literal "its primary place is advanced". */
  private final Map<Integer, Integer> advanced = new HashMap<>();
  /** (applicant, program) of a free applicant to the literal "it sits there" (primary). */
  private final Map<Long, Integer> sitsAt = new HashMap<>();
  /** (applicant, program) of a free applicant to "it sits there from its supplemental list". */
  private final Map<Long, Integer> supplementalSitsAt = new HashMap<>();
  private final Map<Integer, Counter> counters = new HashMap<>();
  /** Per program, its list as sorted (applicant, rank) keys, built when first needed. */
  private final Map<Integer, long[]> rankKeys = new HashMap<>();
  /** Per untracked program, see {@link #fullFrom(int)}. */
  private final Map<Integer, Integer> fullFrom = new HashMap<>();

  /** The places an agent may take, in list order, and their variables. */
  private record Options(int[] positions, int[] variables, int[] prefix) {
    /** Literal "matched at list position {@code position} or better", or {@code -1}: false. */
    int atOrAbove(int position) {
      int j = -1;
      for (int i = 0; i < positions.length && positions[i] <= position; i++) {
        j = i;
      }
      return j < 0 ? -1 : CdclSolver.literal(prefix[j], true);
    }
  }

  /**
   * Occupancy of a tracked program: a counter over its free applicants, constants for others
   * (ranks ascending; -1 for a sender's seats counted at its root).
   */
  private record Counter(int[] variableRanks, int[] constantRanks, int[][] atLeast,
      int[] seatedFrom, int[] twoSeatedFrom) {
  }

  /**
   * Builds the formula for the matching ({@code programOf}, {@code supplementalOf}, final
   * {@code capacity}, which must be feasible and follow the reversion rule) and the region.
   */
  StabilityEncoding(MatchInstance instance, int[] programOf, int[] supplementalOf,
      int[] capacity, StabilityRegion region) {
    this.instance = instance;
    this.programOf = programOf;
    this.supplementalOf = supplementalOf;
    this.capacity = capacity;
    this.region = region;
    trees = new ReversionTrees(instance);
    bound = new int[instance.programCount()];
    top = CdclSolver.literal(newVariable(true), true);
    solver.addClause(top);
    addFreeAgents();
    BitSet tracked = trackedPrograms();
    for (int p = tracked.nextSetBit(0); p >= 0; p = tracked.nextSetBit(p + 1)) {
      counters.put(p, counter(p));
    }
    addFreeAgentStability();
    addFixedAgentStability();
  }

  /** Searches within the budget; see {@link CdclSolver#solve(long, long)}. */
  CdclSolver.Status solve(long maxConflicts, long maxPropagations) {
    return solver.solve(maxConflicts, maxPropagations);
  }

  long conflicts() {
    return solver.conflicts();
  }

  long propagations() {
    return solver.propagations();
  }

  /**
   * A matching: per applicant, primary and supplemental program (or {@code NONE}), and per
   * program the final capacity the reversion rule gives it.
   */
  record Matching(int[] programOf, int[] supplementalOf, int[] finalCapacity) {
  }

  /** After a satisfiable answer: the matching of the model. */
  Matching decode() {
    int[] primary = programOf.clone();
    int[] supplemental = supplementalOf.clone();
    singleOptions.forEach((a, o) -> primary[a] = chosen(o, instance.applicantRankList(a)));
    supplementalOptions.forEach((a, o) -> supplemental[a] =
        chosen(o, instance.supplementalList(a)));
    coupleOptions.forEach((c, o) -> {
      int first = instance.coupleMember(c, 0);
      int second = instance.coupleMember(c, 1);
      primary[first] = NONE;
      primary[second] = NONE;
      int[] pairs = instance.coupleRankList(c);
      for (int i = 0; i < o.variables().length; i++) {
        if (solver.modelValue(o.variables()[i])) {
          primary[first] = pairs[2 * o.positions()[i]];
          primary[second] = pairs[2 * o.positions()[i] + 1];
        }
      }
    });
    int[] held = new int[instance.programCount()];
    for (int a = 0; a < primary.length; a++) {
      for (int p : new int[] {primary[a], supplemental[a]}) {
        if (p != NONE) {
          held[p]++;
        }
      }
    }
    return new Matching(primary, supplemental, trees.finalCapacities(held, capacity));
  }

  /** The list entry whose option the model takes, or {@code NONE}. */
  private int chosen(Options options, int[] list) {
    for (int i = 0; i < options.variables().length; i++) {
      if (solver.modelValue(options.variables()[i])) {
        return list[options.positions()[i]];
      }
    }
    return NONE;
  }

  private int newVariable(boolean phase) {
    int v = solver.newVariable();
    solver.setPhase(v, phase);
    if (phase) {
      current.set(v);
    }
    return v;
  }

  /** Adds a clause, dropping it if it holds a true constant and dropping false constants. */
  private void clause(int... literals) {
    int n = 0;
    int[] kept = new int[literals.length];
    for (int l : literals) {
      if (l == top) {
        return;
      }
      if (l != CdclSolver.negate(top)) {
        kept[n++] = l;
      }
    }
    solver.addClause(Arrays.copyOf(kept, n));
  }

  private int constant(boolean value) {
    return value ? top : CdclSolver.negate(top);
  }

  private int rank(int program, int applicant) {
    long[] keys = rankKeys.computeIfAbsent(program, p -> {
      int[] list = instance.programRankList(p);
      long[] sorted = new long[list.length];
      for (int r = 0; r < list.length; r++) {
        sorted[r] = (long) list[r] << 32 | r;
      }
      Arrays.sort(sorted);
      return sorted;
    });
    int at = Arrays.binarySearch(keys, (long) applicant << 32);
    int i = at >= 0 ? at : -at - 1;
    return i < keys.length && keys[i] >>> 32 == applicant ? (int) keys[i] : -1;
  }

  // ---- free agents: options, prefixes, member variables --------------------------------------

  private void addFreeAgents() {
    for (int a = 0; a < instance.applicantCount(); a++) {
      if (!region.isFree(a)) {
        continue;
      }
      int couple = instance.coupleOf(a);
      if (couple == NONE) {
        addSingle(a);
      } else if (instance.coupleMember(couple, 0) == a) {
        addCouple(couple);
      }
    }
    for (int a = 0; a < instance.applicantCount(); a++) {
      if (region.isFree(a) && instance.supplementalList(a).length > 0) {
        addSupplemental(a);
      }
    }
  }

  /**
   * Supplemental options of a free applicant (taken only while its primary place is advanced)
   * and the literal "its primary place is advanced".
   */
  private void addSupplemental(int a) {
    List<Integer> advancedSeats = new ArrayList<>();
    for (int p : primaryPrograms(a)) {
      Integer sits = sitsAt.get(key(a, p));
      if (sits != null && instance.track(p) == Track.ADVANCED) {
        advancedSeats.add(sits);
      }
    }
    boolean atAdvanced = programOf[a] != NONE && instance.track(programOf[a]) == Track.ADVANCED;
    int isAdvanced = CdclSolver.literal(newVariable(atAdvanced), true);
    int[] any = new int[advancedSeats.size() + 1];
    any[0] = CdclSolver.negate(isAdvanced);
    for (int j = 0; j < advancedSeats.size(); j++) {
      clause(CdclSolver.negate(advancedSeats.get(j)), isAdvanced);
      any[j + 1] = advancedSeats.get(j);
    }
    clause(any);
    advanced.put(a, isAdvanced);
    int[] list = instance.supplementalList(a);
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < list.length; i++) {
      if (rank(list[i], a) >= 0 && region.offers(list[i], supplementalOf[a])) {
        positions.add(i);
      }
    }
    int[] at = toArray(positions);
    boolean[] chosen = new boolean[at.length];
    for (int i = 0; i < at.length; i++) {
      chosen[i] = list[at[i]] == supplementalOf[a];
    }
    Options options = options(at, chosen);
    supplementalOptions.put(a, options);
    for (int i = 0; i < at.length; i++) {
      int z = CdclSolver.literal(options.variables()[i], true);
      clause(CdclSolver.negate(z), isAdvanced);
      supplementalSitsAt.put(key(a, list[at[i]]), z);
    }
  }

  private void addSingle(int a) {
    int[] list = instance.applicantRankList(a);
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < list.length; i++) {
      if (rank(list[i], a) >= 0 && region.offers(list[i], programOf[a])) {
        positions.add(i);
      }
    }
    int[] at = toArray(positions);
    boolean[] chosen = new boolean[at.length];
    for (int i = 0; i < at.length; i++) {
      chosen[i] = list[at[i]] == programOf[a];
    }
    Options options = options(at, chosen);
    singleOptions.put(a, options);
    for (int i = 0; i < at.length; i++) {
      sitsAt.put(key(a, list[at[i]]), CdclSolver.literal(options.variables()[i], true));
    }
  }

  private void addCouple(int c) {
    int first = instance.coupleMember(c, 0);
    int second = instance.coupleMember(c, 1);
    int[] pairs = instance.coupleRankList(c);
    List<Integer> positions = new ArrayList<>();
    for (int k = 0; k < pairs.length / 2; k++) {
      if (side(first, pairs[2 * k]) && side(second, pairs[2 * k + 1])) {
        positions.add(k);
      }
    }
    int[] at = toArray(positions);
    boolean[] chosen = new boolean[at.length];
    for (int i = 0; i < at.length; i++) {
      chosen[i] = pairs[2 * at[i]] == programOf[first]
          && pairs[2 * at[i] + 1] == programOf[second];
    }
    Options options = options(at, chosen);
    coupleOptions.put(c, options);
    for (int which = 0; which < 2; which++) {
      int member = which == 0 ? first : second;
      Map<Integer, List<Integer>> byProgram = new TreeMap<>();
      for (int i = 0; i < at.length; i++) {
        int p = pairs[2 * at[i] + which];
        if (p != NONE) {
          byProgram.computeIfAbsent(p, x -> new ArrayList<>()).add(options.variables()[i]);
        }
      }
      byProgram.keySet().forEach(p -> {
        int sits = CdclSolver.literal(newVariable(programOf[member] == p), true);
        List<Integer> pairVariables = byProgram.get(p);
        int[] any = new int[pairVariables.size() + 1];
        any[0] = CdclSolver.negate(sits);
        for (int j = 0; j < pairVariables.size(); j++) {
          int y = CdclSolver.literal(pairVariables.get(j), true);
          clause(CdclSolver.negate(y), sits);
          any[j + 1] = y;
        }
        clause(any);
        sitsAt.put(key(member, p), sits);
      });
    }
  }

  /** The programs on a single's list, or on a couple member's side of its pairs, once each. */
  private int[] primaryPrograms(int a) {
    int couple = instance.coupleOf(a);
    if (couple == NONE) {
      return instance.applicantRankList(a);
    }
    int which = instance.coupleMember(couple, 0) == a ? 0 : 1;
    int[] pairs = instance.coupleRankList(couple);
    BitSet programs = new BitSet();
    for (int k = 0; k < pairs.length / 2; k++) {
      if (pairs[2 * k + which] != NONE) {
        programs.set(pairs[2 * k + which]);
      }
    }
    return programs.stream().toArray();
  }

  /** Whether a couple member's side of a pair may be taken: "no match", or offered and ranked. */
  private boolean side(int member, int program) {
    return program == NONE || rank(program, member) >= 0
        && region.offers(program, programOf[member]);
  }

  /**
   * One variable per option and a prefix chain: {@code prefix[j]} iff some option up to
   * {@code j} is taken, and an option is taken only if no earlier one is (at most one).
   */
  private Options options(int[] positions, boolean[] chosen) {
    int n = positions.length;
    int[] variables = new int[n];
    int[] prefix = new int[n];
    boolean any = false;
    for (int j = 0; j < n; j++) {
      variables[j] = newVariable(chosen[j]);
      any |= chosen[j];
      prefix[j] = newVariable(any);
      int x = CdclSolver.literal(variables[j], true);
      int here = CdclSolver.literal(prefix[j], true);
      clause(CdclSolver.negate(x), here);
      if (j == 0) {
        clause(CdclSolver.negate(here), x);
      } else {
        int before = CdclSolver.literal(prefix[j - 1], true);
        clause(CdclSolver.negate(before), here);
        clause(CdclSolver.negate(here), before, x);
        clause(CdclSolver.negate(x), CdclSolver.negate(before));
      }
    }
    return new Options(positions, variables, prefix);
  }

  private static long key(int applicant, int program) {
    return (long) applicant << 32 | program;
  }

  // ---- programs: occupancy counters ------------------------------------------------------------

  /**
   * Programs where some free applicant may sit, with the rest of their reversion trees: a
   * tree's capacities depend on every member's filling.
   */
  private BitSet trackedPrograms() {
    BitSet tracked = new BitSet();
    for (Map<Long, Integer> seats : List.of(sitsAt, supplementalSitsAt)) {
      for (long k : seats.keySet()) {
        tracked.set((int) k);
      }
    }
    BitSet trackedRoots = new BitSet();
    for (int p = tracked.nextSetBit(0); p >= 0; p = tracked.nextSetBit(p + 1)) {
      if (trees.inTree(p)) {
        trackedRoots.set(trees.root(p));
      }
    }
    for (int p = 0; p < instance.programCount(); p++) {
      if (trees.inTree(p) && trackedRoots.get(trees.root(p))) {
        tracked.set(p);
      }
    }
    return tracked;
  }

  /**
   * The occupancy counter of a tracked program. A program outside reversion trees is bounded by
   * its final capacity. A sender of a simple tree is bounded by its own positions; what it takes
   * is read from the OR chains of {@link #seatedFrom} (it is full at what it holds). The
   * root of a simple tree counts its senders' seats first, as if ranked above everyone, and is
   * bounded by the tree's positions: its final capacity is those positions minus the senders'
   * seats, so it takes an applicant iff fewer than that many sit above them. A program of a
   * chained tree keeps its final capacity from the matching, and if it has a receiver it must
   * stay full (its unfilled positions would have reverted).
   */
  private Counter counter(int p) {
    List<Integer> variableRanks = new ArrayList<>();
    List<Integer> variableLiterals = new ArrayList<>();
    List<Integer> constantRanks = new ArrayList<>();
    if (!trees.chained(p)) {
      for (int sender : trees.sendersTo(p)) {
        addSeats(sender, -1, variableRanks, variableLiterals, constantRanks);
      }
    }
    addSeats(p, 0, variableRanks, variableLiterals, constantRanks);
    int n = variableLiterals.size();
    int q = !trees.inTree(p) || trees.chained(p) ? capacity[p]
        : trees.simpleSender(p) ? instance.capacity(p) : trees.treePositions(p);
    bound[p] = q;
    int levels = Math.min(n, q + 1);
    int[][] atLeast = new int[n + 1][levels + 1];
    int[] seated = new int[n + 1];
    for (int j = 0; j <= n; j++) {
      atLeast[j][0] = top;
      if (j > 0) {
        int v = variableLiterals.get(j - 1);
        seated[j] = seated[j - 1] + (current.get(CdclSolver.variableOf(v)) ? 1 : 0);
      }
      for (int k = 1; k <= levels; k++) {
        atLeast[j][k] = k > j ? CdclSolver.negate(top)
            : CdclSolver.literal(newVariable(seated[j] >= k), true);
      }
    }
    for (int j = 1; j <= n; j++) {
      int v = variableLiterals.get(j - 1);
      for (int k = 1; k <= Math.min(j, levels); k++) {
        int s = atLeast[j][k];
        clause(CdclSolver.negate(s), atLeast[j - 1][k], v);
        clause(CdclSolver.negate(s), atLeast[j - 1][k], atLeast[j - 1][k - 1]);
        clause(CdclSolver.negate(atLeast[j - 1][k]), s);
        clause(CdclSolver.negate(v), CdclSolver.negate(atLeast[j - 1][k - 1]), s);
      }
    }
    int room = q - constantRanks.size();
    if (room < 0) {
      clause(); // the fixed holders alone overfill it: no model
    } else if (room + 1 <= levels) {
      clause(CdclSolver.negate(atLeast[n][room + 1]));
    }
    if (trees.chained(p) && instance.revertTo(p) != NONE && room > 0) {
      clause(room <= n ? atLeast[n][room] : CdclSolver.negate(top));
    }
    int[] from = trees.simpleSender(p) ? seatedFrom(variableLiterals) : null;
    return new Counter(toArray(variableRanks), toArray(constantRanks), atLeast, from,
        from == null ? null : twoSeatedFrom(variableLiterals, from));
  }

  /** Per index j, "two of seats j, j+1, … are taken" (from {@link #seatedFrom}'s chain). */
  private int[] twoSeatedFrom(List<Integer> seats, int[] from) {
    int n = seats.size();
    int[] two = new int[n + 1];
    two[n] = CdclSolver.negate(top);
    int taken = 0;
    for (int j = n - 1; j >= 0; j--) {
      int v = seats.get(j);
      taken += current.get(CdclSolver.variableOf(v)) ? 1 : 0;
      int t = CdclSolver.literal(newVariable(taken >= 2), true);
      // t <-> (v and from[j+1]) or two[j+1]
      clause(CdclSolver.negate(t), v, two[j + 1]);
      clause(CdclSolver.negate(t), from[j + 1], two[j + 1]);
      clause(CdclSolver.negate(v), CdclSolver.negate(from[j + 1]), t);
      clause(CdclSolver.negate(two[j + 1]), t);
      two[j] = t;
    }
    return two;
  }

  /**
   * Per index j of a program's free seats (rank order), the literal "one of seats j, j+1, …
   * is taken" (an OR chain), and at n a false literal: what a sender's acceptance reads.
   */
  private int[] seatedFrom(List<Integer> seats) {
    int n = seats.size();
    int[] from = new int[n + 1];
    from[n] = CdclSolver.negate(top);
    boolean any = false;
    for (int j = n - 1; j >= 0; j--) {
      int v = seats.get(j);
      any |= current.get(CdclSolver.variableOf(v));
      int f = CdclSolver.literal(newVariable(any), true);
      clause(CdclSolver.negate(f), v, from[j + 1]);
      clause(CdclSolver.negate(v), f);
      clause(CdclSolver.negate(from[j + 1]), f);
      from[j] = f;
    }
    return from;
  }

  /**
   * Adds the program's seats in list order: free applicants' "sits there" literals (primary and
   * supplemental: they exclude each other, so both are counted) and fixed holders as constants,
   * at their rank, or all at {@code rank} when it is -1 (a sender's seats in its root's count).
   */
  private void addSeats(int p, int rank, List<Integer> variableRanks,
      List<Integer> variableLiterals, List<Integer> constantRanks) {
    int[] list = instance.programRankList(p);
    for (int r = 0; r < list.length; r++) {
      int a = list[r];
      int at = rank < 0 ? -1 : r;
      if (region.isFree(a)) {
        for (Map<Long, Integer> seats : List.of(sitsAt, supplementalSitsAt)) {
          Integer sits = seats.get(key(a, p));
          if (sits != null) {
            variableRanks.add(at);
            variableLiterals.add(sits);
          }
        }
      } else if (programOf[a] == p || supplementalOf[a] == p) {
        constantRanks.add(at);
      }
    }
  }

  private static int[] toArray(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Literal "at least {@code t} applicants ranked above {@code rank} sit at the program". */
  private int atLeastAbove(int program, int rank, int t) {
    Counter counter = counters.get(program);
    int constants = countBelow(counter.constantRanks(), rank);
    int variables = countBelow(counter.variableRanks(), rank);
    int need = t - constants;
    if (need <= 0) {
      return top;
    }
    if (need > variables) {
      return CdclSolver.negate(top);
    }
    return counter.atLeast()[variables][need];
  }

  private static int countBelow(int[] sortedRanks, int rank) {
    int at = Arrays.binarySearch(sortedRanks, rank);
    return at >= 0 ? at : -at - 1;
  }

  // ---- acceptance ------------------------------------------------------------------------------

  /** Literal "the program would not take the applicant (at its rank)"; tracked or constant. */
  private int rejects(int program, int applicant, int rank) {
    Counter counter = counters.get(program);
    if (counter != null && counter.seatedFrom() != null) {
      // a sender is full at what it holds: it takes the applicant iff a seat at or below the
      // applicant's rank is taken (the applicant's own, if it sits there)
      if (counter.constantRanks().length > 0
          && counter.constantRanks()[counter.constantRanks().length - 1] >= rank) {
        return CdclSolver.negate(top);
      }
      return CdclSolver.negate(counter.seatedFrom()[countBelow(counter.variableRanks(), rank)]);
    }
    if (counter != null) {
      // a holder is never rejected: with it seated, fewer than the bound rank above it
      return atLeastAbove(program, rank, bound[program]);
    }
    boolean holds = programOf[applicant] == program || supplementalOf[applicant] == program;
    return constant(!holds && rank > fullFrom(program));
  }

  /**
   * The positions an untracked program (nobody there moves) judges applicants by: its final
   * capacity (a sender: what it holds), as {@link StabilityChecker} does.
   */
  private int positions(int program) {
    return capacity[program];
  }

  /**
   * For a program nobody there leaves: the rank of its worst holder if it is full (it takes
   * no one ranked lower), -1 if its capacity is 0, {@link Integer#MAX_VALUE} if it has room.
   */
  private int fullFrom(int program) {
    return fullFrom.computeIfAbsent(program, p -> {
      int positions = positions(p);
      if (positions <= 0) {
        return -1;
      }
      int[] list = instance.programRankList(p);
      int held = 0;
      for (int r = 0; r < list.length; r++) {
        if (programOf[list[r]] == p || supplementalOf[list[r]] == p) {
          held++;
          if (held == positions) {
            return r;
          }
        }
      }
      return Integer.MAX_VALUE;
    });
  }

  /** Holders of an untracked program (nobody there moves) ranked above {@code rank}. */
  private int holdersAbove(int program, int rank) {
    int[] list = instance.programRankList(program);
    int count = 0;
    for (int r = 0; r < rank; r++) {
      if (programOf[list[r]] == program || supplementalOf[list[r]] == program) {
        count++;
      }
    }
    return count;
  }

  /**
   * Clauses saying the couple does not block with the pair ({@code p}, {@code q}) unless
   * {@code matched} (its literal "matched at this pair or better") holds.
   */
  private void coupleDoesNotBlock(int matched, int first, int p, int second, int q) {
    int rp = p == NONE ? 0 : rank(p, first);
    int rq = q == NONE ? 0 : rank(q, second);
    if (rp < 0 || rq < 0) {
      return; // a program that does not rank its member never accepts: no block
    }
    if (p != NONE && p == q) {
      sameProgramDoesNotBlock(matched, p, first, rp, second, rq);
      return;
    }
    int rejectsFirst = p == NONE ? CdclSolver.negate(top) : rejects(p, first, rp);
    int rejectsSecond = q == NONE ? CdclSolver.negate(top) : rejects(q, second, rq);
    clause(matched, rejectsFirst, rejectsSecond);
  }

  /**
   * Both members at one program: it takes them iff fewer than capacity − 1 holders other than
   * the two are ranked above the worse one. Not taking them: at least capacity holders above the
   * worse, or capacity − 1 and the better member not among them.
   */
  private void sameProgramDoesNotBlock(int matched, int p, int first, int rankFirst,
      int second, int rankSecond) {
    int worse = Math.max(rankFirst, rankSecond);
    int better = rankFirst < rankSecond ? first : second;
    if (!counters.containsKey(p)) {
      boolean betterHeld = programOf[better] == p || supplementalOf[better] == p;
      int others = holdersAbove(p, worse) - (betterHeld ? 1 : 0);
      clause(matched, constant(others + 1 >= positions(p)));
      return;
    }
    Counter counter = counters.get(p);
    if (counter.seatedFrom() != null) {
      senderDoesNotTakeBoth(matched, p, counter, worse, better);
      return;
    }
    int q = bound[p];
    clause(matched, atLeastAbove(p, worse, q - 1));
    if (region.isFree(better)) {
      for (Map<Long, Integer> seats : List.of(sitsAt, supplementalSitsAt)) {
        Integer sits = seats.get(key(better, p));
        if (sits != null) {
          clause(matched, atLeastAbove(p, worse, q), CdclSolver.negate(sits));
        }
      }
    } else if (programOf[better] == p || supplementalOf[better] == p) {
      clause(matched, atLeastAbove(p, worse, q));
    }
  }

  /**
   * A sender (full at what it holds, as {@link StabilityChecker} judges it) takes both members
   * iff, with {@code k} its seats taken at or below the worse member's rank, k ≥ 1 when the
   * better member sits there and k ≥ 2 otherwise; the couple must be matched at this pair or
   * better unless it would not.
   */
  private void senderDoesNotTakeBoth(int matched, int p, Counter counter, int worse,
      int better) {
    int[] constants = counter.constantRanks();
    int constantsAtOrBelow = constants.length - countBelow(constants, worse);
    int j = countBelow(counter.variableRanks(), worse);
    int one = constantsAtOrBelow >= 1 ? top : counter.seatedFrom()[j];
    int two = constantsAtOrBelow >= 2 ? top
        : constantsAtOrBelow == 1 ? counter.seatedFrom()[j] : counter.twoSeatedFrom()[j];
    boolean betterFixedThere = !region.isFree(better)
        && (programOf[better] == p || supplementalOf[better] == p);
    if (betterFixedThere) {
      clause(matched, CdclSolver.negate(one));
      return;
    }
    clause(matched, CdclSolver.negate(two));
    if (region.isFree(better)) {
      for (Map<Long, Integer> seats : List.of(sitsAt, supplementalSitsAt)) {
        Integer sits = seats.get(key(better, p));
        if (sits != null) {
          clause(matched, CdclSolver.negate(one), CdclSolver.negate(sits));
        }
      }
    }
  }

  // ---- stability -------------------------------------------------------------------------------

  /** Free singles and couples are matched at or above every entry that would take them. */
  private void addFreeAgentStability() {
    for (Map.Entry<Integer, Options> e : singleOptions.entrySet()) {
      int a = e.getKey();
      Options options = e.getValue();
      int[] list = instance.applicantRankList(a);
      for (int i = 0; i < list.length; i++) {
        int r = rank(list[i], a);
        if (r >= 0) {
          clause(orFalse(options.atOrAbove(i)), rejects(list[i], a, r));
        }
      }
    }
    for (Map.Entry<Integer, Options> e : supplementalOptions.entrySet()) {
      int a = e.getKey();
      Options options = e.getValue();
      int notAdvanced = CdclSolver.negate(advanced.get(a));
      int[] list = instance.supplementalList(a);
      for (int i = 0; i < list.length; i++) {
        int r = rank(list[i], a);
        if (r >= 0) {
          clause(notAdvanced, orFalse(options.atOrAbove(i)), rejects(list[i], a, r));
        }
      }
    }
    for (Map.Entry<Integer, Options> e : coupleOptions.entrySet()) {
      int c = e.getKey();
      Options options = e.getValue();
      int[] pairs = instance.coupleRankList(c);
      for (int k = 0; k < pairs.length / 2; k++) {
        coupleDoesNotBlock(orFalse(options.atOrAbove(k)), instance.coupleMember(c, 0),
            pairs[2 * k], instance.coupleMember(c, 1), pairs[2 * k + 1]);
      }
    }
  }

  private int orFalse(int literal) {
    return literal < 0 ? CdclSolver.negate(top) : literal;
  }

  /**
   * Applicants who keep their assignment do not block: with a tracked program, a clause on its
   * counter; with untracked programs only, a constant (an empty clause if they block already).
   */
  private void addFixedAgentStability() {
    for (int b = 0; b < instance.applicantCount(); b++) {
      if (region.isFree(b)) {
        continue;
      }
      if (instance.coupleOf(b) == NONE) {
        fixedListDoesNotBlock(b, instance.applicantRankList(b), programOf[b]);
      }
      if (programOf[b] != NONE && instance.track(programOf[b]) == Track.ADVANCED) {
        fixedListDoesNotBlock(b, instance.supplementalList(b), supplementalOf[b]);
      }
    }
    for (int c = 0; c < instance.coupleCount(); c++) {
      int first = instance.coupleMember(c, 0);
      int second = instance.coupleMember(c, 1);
      if (region.isFree(first)) {
        continue;
      }
      int[] pairs = instance.coupleRankList(c);
      for (int k = 0; k < pairs.length / 2; k++) {
        int p = pairs[2 * k];
        int q = pairs[2 * k + 1];
        if (p == programOf[first] && q == programOf[second]) {
          break;
        }
        coupleDoesNotBlock(CdclSolver.negate(top), first, p, second, q);
      }
    }
  }

  /** The programs before {@code matched} on the list ({@code NONE}: all) would not take b. */
  private void fixedListDoesNotBlock(int b, int[] list, int matched) {
    for (int p : list) {
      if (p == matched) {
        return;
      }
      int r = rank(p, b);
      if (r >= 0) {
        clause(rejects(p, b, r));
      }
    }
  }

}
