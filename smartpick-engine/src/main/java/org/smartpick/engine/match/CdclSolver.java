package org.smartpick.engine.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small conflict-driven clause-learning (CDCL) SAT solver for formulas in conjunctive normal
 * form: two watched literals per clause for unit propagation (M. W. Moskewicz, C. F. Madigan,
 * Y. Zhao, L. Zhang and S. Malik, "Chaff: Engineering an Efficient SAT Solver", DAC 2001), first
 * unique implication point clause learning with local minimization of the learnt clause (J. P.
 * Marques-Silva and K. A. Sakallah, "GRASP", IEEE Trans. Computers 48(5), 1999; L. Zhang et al.,
 * ICCAD 2001), VSIDS activity-based branching with phase saving, Luby restarts (M. Luby, A.
 * Sinclair and D. Zuckerman, Inf. Proc. Letters 47, 1993) and deletion of half of the learnt
 * clauses with the largest literal block distance when they grow too many (G. Audemard and L.
 * Simon, "Predicting Learnt Clauses Quality in Modern SAT Solvers", IJCAI 2009). The organisation
 * follows the published description of MiniSat (N. Eén and N. Sörensson, SAT 2003); the code is
 * written for this project.
 *
 * <p>Variables are numbered from 0 in the order {@link #newVariable()} adds them; literal {@code 2v} is "v is true" and
 * {@code 2v+1} "v is false" ({@link #literal(int, boolean)}). Clauses are added before
 * {@link #solve(long, long)}; initial phases ({@link #setPhase(int, boolean)}) say which value a
 * variable takes when it is first decided, so a search can start from a known near-solution.
 *
 * <p>Complete: given enough budget it answers {@link Status#SATISFIABLE} with a model that
 * satisfies every clause, or {@link Status#UNSATISFIABLE}, which is then a proof. The budget is
 * deterministic — conflicts and propagations, never wall clock — and when it runs out the answer
 * is {@link Status#UNKNOWN}. Running time is exponential in the worst case (SAT is NP-complete);
 * each propagation visits the watch list of one literal. Same clauses, phases and budget ⇒ same
 * answer and model (no randomness). One instance holds one formula and its search state: not
 * thread-safe, and {@link #solve(long, long)} is called once.
 */
final class CdclSolver {
  /** Outcome of {@link #solve(long, long)}. */
  enum Status { SATISFIABLE, UNSATISFIABLE, UNKNOWN }

  private static final double VARIABLE_DECAY = 0.95;
  private static final int RESTART_UNIT = 100;
  private static final int FIRST_REDUCTION = 4_000;
  private static final int NO_REASON = -1;

  private int variables;
  /** Per variable: 0 unassigned, 1 true, -1 false. */
  private byte[] value = new byte[0];
  private int[] level = new int[0];
  private int[] reason = new int[0];
  private boolean[] phase = new boolean[0];
  private double[] activity = new double[0];
  private boolean[] seen = new boolean[0];
  private double activityIncrement = 1;

  private final List<int[]> clauses = new ArrayList<>();
  /** Per clause: its literal block distance if learnt, 0 if original, -1 once deleted. */
  private int[] clauseLbd = new int[16];
  private final List<Integer> learnts = new ArrayList<>();
  /** Per literal: the clauses watching it (growable arrays). */
  private int[][] watches = new int[0][];
  private int[] watchCount = new int[0];
  /** Literals of the unit clauses, assigned when solving starts. */
  private final List<Integer> unitsAtRoot = new ArrayList<>();

  private int[] trail = new int[0];
  private int trailSize;
  private int propagated;
  private final List<Integer> levelStarts = new ArrayList<>();
  private VariableHeap heap;

  private boolean contradiction;
  private long conflicts;
  private long propagations;

  /** The literal "variable is true" (positive) or "variable is false". */
  static int literal(int variable, boolean positive) {
    return 2 * variable + (positive ? 0 : 1);
  }

  static int negate(int literal) {
    return literal ^ 1;
  }

  static int variableOf(int literal) {
    return literal >> 1;
  }

  /** Adds a variable (initial phase false) and returns it; only before solving. */
  int newVariable() {
    if (heap != null) {
      throw new IllegalStateException("variables are added before solving");
    }
    int v = variables++;
    if (v == value.length) {
      int size = Math.max(16, 2 * v);
      value = Arrays.copyOf(value, size);
      level = Arrays.copyOf(level, size);
      reason = Arrays.copyOf(reason, size);
      phase = Arrays.copyOf(phase, size);
      activity = Arrays.copyOf(activity, size);
      seen = Arrays.copyOf(seen, size);
      trail = Arrays.copyOf(trail, size);
      watches = Arrays.copyOf(watches, 2 * size);
      watchCount = Arrays.copyOf(watchCount, 2 * size);
    }
    watches[2 * v] = new int[4];
    watches[2 * v + 1] = new int[4];
    return v;
  }

  /** Original clauses of two or more literals, and unit clauses. */
  private int clauseCount() {
    return clauses.size() - learnts.size();
  }

  /** The value a variable takes when it is first decided. */
  void setPhase(int variable, boolean positive) {
    phase[variable] = positive;
  }

  /**
   * Adds a clause (a disjunction of literals) before solving. Duplicate literals are merged,
   * clauses with a literal and its negation dropped; the empty clause makes the formula
   * unsatisfiable.
   */
  void addClause(int... literals) {
    if (contradiction) {
      return;
    }
    int[] sorted = literals.clone();
    Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      int l = sorted[i];
      if (variableOf(l) >= variables || l < 0) {
        throw new IllegalArgumentException("literal " + l + " names no variable of " + variables);
      }
      if (n > 0 && sorted[n - 1] == l) {
        continue;
      }
      if (n > 0 && sorted[n - 1] == negate(l)) {
        return; // always true
      }
      sorted[n++] = l;
    }
    int[] clause = Arrays.copyOf(sorted, n);
    if (n == 0) {
      contradiction = true;
    } else if (n == 1) {
      clauses.add(clause);
      ensureLbdCapacity();
      clauseLbd[clauses.size() - 1] = 0;
      unitsAtRoot.add(clause[0]);
    } else {
      attach(clause, 0);
    }
  }

  /** Conflicts met so far. */
  long conflicts() {
    return conflicts;
  }

  /** Literals assigned by unit propagation so far. */
  long propagations() {
    return propagations;
  }

  /** The model's value of a variable after {@link Status#SATISFIABLE}. */
  boolean modelValue(int variable) {
    return value[variable] > 0;
  }

  /**
   * Searches for a model; gives up with {@link Status#UNKNOWN} once {@code maxConflicts}
   * conflicts or {@code maxPropagations} propagated literals are reached (checked after each
   * conflict).
   */
  Status solve(long maxConflicts, long maxPropagations) {
    if (maxConflicts < 1 || maxPropagations < 1) {
      throw new IllegalArgumentException("budgets must be at least 1, were " + maxConflicts
          + " conflicts and " + maxPropagations + " propagations");
    }
    if (heap != null) {
      throw new IllegalStateException("solve is called once per solver");
    }
    heap = new VariableHeap();
    if (contradiction) {
      return Status.UNSATISFIABLE;
    }
    for (int v = 0; v < variables; v++) {
      heap.insert(v);
    }
    for (int unit : unitsAtRoot) {
      int current = valueOf(unit);
      if (current < 0) {
        return Status.UNSATISFIABLE;
      }
      if (current == 0) {
        assign(unit, NO_REASON);
      }
    }
    if (propagate() != NO_REASON) {
      return Status.UNSATISFIABLE;
    }
    int maxLearnts = Math.max(FIRST_REDUCTION, clauseCount() / 3);
    int restart = 1;
    long nextRestart = conflicts + luby(restart) * RESTART_UNIT;
    while (true) {
      int conflict = propagate();
      if (conflict != NO_REASON) {
        conflicts++;
        if (decisionLevel() == 0) {
          return Status.UNSATISFIABLE;
        }
        learn(conflict);
        decayActivities();
        if (conflicts >= maxConflicts || propagations >= maxPropagations) {
          backtrack(0);
          return Status.UNKNOWN;
        }
        continue;
      }
      if (conflicts >= nextRestart) {
        backtrack(0);
        restart++;
        nextRestart = conflicts + luby(restart) * RESTART_UNIT;
      }
      if (learnts.size() >= maxLearnts + trailSize) {
        reduceLearnts();
        maxLearnts += maxLearnts / 10;
      }
      int next = pickBranchVariable();
      if (next < 0) {
        return Status.SATISFIABLE;
      }
      levelStarts.add(trailSize);
      assign(literal(next, phase[next]), NO_REASON);
    }
  }

  private int decisionLevel() {
    return levelStarts.size();
  }

  /** Value of a literal: 1 true, -1 false, 0 unassigned. */
  private int valueOf(int literal) {
    int v = value[literal >> 1];
    return (literal & 1) == 0 ? v : -v;
  }

  private void assign(int literal, int because) {
    int v = literal >> 1;
    value[v] = (byte) ((literal & 1) == 0 ? 1 : -1);
    level[v] = decisionLevel();
    reason[v] = because;
    trail[trailSize++] = literal;
  }

  private void ensureLbdCapacity() {
    if (clauses.size() > clauseLbd.length) {
      clauseLbd = Arrays.copyOf(clauseLbd, 2 * clauses.size());
    }
  }

  /** Stores a clause of two or more literals and watches its first two. */
  private int attach(int[] clause, int lbd) {
    int index = clauses.size();
    clauses.add(clause);
    ensureLbdCapacity();
    clauseLbd[index] = lbd;
    watch(clause[0], index);
    watch(clause[1], index);
    return index;
  }

  private void watch(int literal, int clause) {
    int[] list = watches[literal];
    if (watchCount[literal] == list.length) {
      list = Arrays.copyOf(list, 2 * list.length);
      watches[literal] = list;
    }
    list[watchCount[literal]++] = clause;
  }

  /** Unit propagation over the trail; returns a conflicting clause or {@link #NO_REASON}. */
  private int propagate() {
    while (propagated < trailSize) {
      int falseLiteral = negate(trail[propagated++]);
      propagations++;
      int[] list = watches[falseLiteral];
      int n = watchCount[falseLiteral];
      int kept = 0;
      int i = 0;
      while (i < n) {
        int c = list[i++];
        if (clauseLbd[c] < 0) {
          continue; // deleted: drop the watch
        }
        int[] clause = clauses.get(c);
        if (clause[0] == falseLiteral) {
          clause[0] = clause[1];
          clause[1] = falseLiteral;
        }
        if (valueOf(clause[0]) > 0) {
          list[kept++] = c;
          continue;
        }
        boolean moved = false;
        for (int k = 2; k < clause.length; k++) {
          if (valueOf(clause[k]) >= 0) {
            clause[1] = clause[k];
            clause[k] = falseLiteral;
            watch(clause[1], c);
            moved = true;
            break;
          }
        }
        if (moved) {
          continue;
        }
        list[kept++] = c;
        if (valueOf(clause[0]) < 0) {
          while (i < n) {
            list[kept++] = list[i++];
          }
          watchCount[falseLiteral] = kept;
          propagated = trailSize;
          return c;
        }
        assign(clause[0], c);
      }
      watchCount[falseLiteral] = kept;
    }
    return NO_REASON;
  }

  /**
   * First-UIP analysis of a conflict: learns the clause, backjumps to its second-highest level
   * and asserts its first literal there.
   */
  private void learn(int conflict) {
    List<Integer> learnt = new ArrayList<>();
    learnt.add(-1); // the asserting literal, filled in below
    int pending = 0;
    int literal = -1;
    int index = trailSize - 1;
    int[] clause = clauses.get(conflict);
    while (true) {
      for (int k = literal < 0 ? 0 : 1; k < clause.length; k++) {
        int q = clause[k];
        int v = q >> 1;
        if (!seen[v] && level[v] > 0) {
          seen[v] = true;
          bumpVariable(v);
          if (level[v] >= decisionLevel()) {
            pending++;
          } else {
            learnt.add(q);
          }
        }
      }
      while (!seen[trail[index] >> 1]) {
        index--;
      }
      literal = trail[index--];
      seen[literal >> 1] = false;
      pending--;
      if (pending == 0) {
        break;
      }
      clause = clauses.get(reason[literal >> 1]);
    }
    learnt.set(0, negate(literal));
    int[] result = minimize(learnt);
    for (int q : learnt) {
      seen[q >> 1] = false;
    }
    int backjump = 0;
    if (result.length > 1) {
      int best = 1;
      for (int k = 2; k < result.length; k++) {
        if (level[result[k] >> 1] > level[result[best] >> 1]) {
          best = k;
        }
      }
      int swap = result[1];
      result[1] = result[best];
      result[best] = swap;
      backjump = level[result[1] >> 1];
    }
    backtrack(backjump);
    if (result.length == 1) {
      assign(result[0], NO_REASON);
    } else {
      int c = attach(result, blockDistance(result));
      learnts.add(c);
      assign(result[0], c);
    }
  }

  /** Drops literals implied by others of the clause (their reason's literals all in it). */
  private int[] minimize(List<Integer> learnt) {
    int[] kept = new int[learnt.size()];
    int n = 0;
    for (int k = 0; k < learnt.size(); k++) {
      int q = learnt.get(k);
      int because = reason[q >> 1];
      if (k == 0 || because == NO_REASON || !impliedByClause(clauses.get(because), q >> 1)) {
        kept[n++] = q;
      }
    }
    return Arrays.copyOf(kept, n);
  }

  private boolean impliedByClause(int[] reasonClause, int variable) {
    for (int q : reasonClause) {
      int v = q >> 1;
      if (v != variable && !seen[v] && level[v] > 0) {
        return false;
      }
    }
    return true;
  }

  /** Number of distinct decision levels among the clause's literals. */
  private int blockDistance(int[] clause) {
    int[] levels = new int[clause.length];
    for (int k = 0; k < clause.length; k++) {
      levels[k] = level[clause[k] >> 1];
    }
    return (int) Arrays.stream(levels).distinct().count();
  }

  private void backtrack(int targetLevel) {
    if (decisionLevel() <= targetLevel) {
      return;
    }
    int start = levelStarts.get(targetLevel);
    for (int i = trailSize - 1; i >= start; i--) {
      int v = trail[i] >> 1;
      phase[v] = value[v] > 0;
      value[v] = 0;
      reason[v] = NO_REASON;
      heap.insert(v);
    }
    trailSize = start;
    propagated = start;
    while (levelStarts.size() > targetLevel) {
      levelStarts.remove(levelStarts.size() - 1);
    }
  }

  private int pickBranchVariable() {
    while (!heap.isEmpty()) {
      int v = heap.removeMax();
      if (value[v] == 0) {
        return v;
      }
    }
    return -1;
  }

  private void bumpVariable(int v) {
    activity[v] += activityIncrement;
    if (activity[v] > 1e100) {
      for (int u = 0; u < variables; u++) {
        activity[u] *= 1e-100;
      }
      activityIncrement *= 1e-100;
    }
    heap.increased(v);
  }

  private void decayActivities() {
    activityIncrement /= VARIABLE_DECAY;
  }

  /** Deletes half of the learnt clauses, those with the largest block distance (not binary,
   * not a current reason). */
  private void reduceLearnts() {
    List<Integer> candidates = new ArrayList<>();
    for (int c : learnts) {
      int[] clause = clauses.get(c);
      boolean locked = reason[clause[0] >> 1] == c && valueOf(clause[0]) > 0;
      if (clause.length > 2 && clauseLbd[c] > 2 && !locked) {
        candidates.add(c);
      }
    }
    candidates.sort((a, b) -> clauseLbd[a] != clauseLbd[b] ? Integer.compare(clauseLbd[b],
        clauseLbd[a]) : Integer.compare(a, b));
    int delete = Math.min(candidates.size(), learnts.size() / 2);
    for (int k = 0; k < delete; k++) {
      int c = candidates.get(k);
      clauseLbd[c] = -1;
      clauses.set(c, null);
    }
    learnts.removeIf(c -> clauseLbd[c] < 0);
  }

  /** Luby's sequence 1, 1, 2, 1, 1, 2, 4, … (1-based). */
  static long luby(int i) {
    int k = 1;
    while ((1L << k) - 1 < i) {
      k++;
    }
    while (i != (1L << k) - 1) {
      i -= (int) ((1L << (k - 1)) - 1);
      k = 1;
      while ((1L << k) - 1 < i) {
        k++;
      }
    }
    return 1L << (k - 1);
  }

  /** Binary max-heap of variables by activity (ties: lower index first). */
  private final class VariableHeap {
    private int[] heap = new int[Math.max(1, variables)];
    private int size;
    private final int[] position;

    VariableHeap() {
      position = new int[Math.max(1, variables)];
      Arrays.fill(position, -1);
    }

    boolean isEmpty() {
      return size == 0;
    }

    void insert(int v) {
      if (position[v] >= 0) {
        return;
      }
      heap[size] = v;
      position[v] = size;
      up(size++);
    }

    void increased(int v) {
      if (position[v] >= 0) {
        up(position[v]);
      }
    }

    int removeMax() {
      int top = heap[0];
      position[top] = -1;
      size--;
      if (size > 0) {
        heap[0] = heap[size];
        position[heap[0]] = 0;
        down(0);
      }
      return top;
    }

    private boolean before(int a, int b) {
      return activity[a] > activity[b] || activity[a] == activity[b] && a < b;
    }

    private void up(int i) {
      int v = heap[i];
      while (i > 0) {
        int parent = (i - 1) / 2;
        if (!before(v, heap[parent])) {
          break;
        }
        heap[i] = heap[parent];
        position[heap[i]] = i;
        i = parent;
      }
      heap[i] = v;
      position[v] = i;
    }

    private void down(int i) {
      int v = heap[i];
      while (true) {
        int child = 2 * i + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && before(heap[child + 1], heap[child])) {
          child++;
        }
        if (!before(heap[child], v)) {
          break;
        }
        heap[i] = heap[child];
        position[heap[i]] = i;
        i = child;
      }
      heap[i] = v;
      position[v] = i;
    }
  }
}
