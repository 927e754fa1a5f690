package org.smartpick.engine.advise.portfolio;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The independent-chances portfolio problem: programs with independent acceptance chances,
 * utilities and integer costs, and a budget. The value of a set S is
 * {@code E[max(0, max{u_j : j in S, j takes the student})]}.
 *
 * <p>Immutable and validated on construction: ids are unique and the budget is at least 0 (each
 * program is validated by {@link ProgramChance}). Programs are referred to by their index in
 * {@link #programs()}. Thread-safe.
 *
 * @param programs the candidate programs, in input order (ties are broken toward lower indices)
 * @param budget the budget, at least 0, in the same unit as the costs
 */
public record IndependentChances(List<ProgramChance> programs, int budget) {

  public IndependentChances {
    programs = List.copyOf(Objects.requireNonNull(programs, "programs"));
    if (budget < 0) {
      throw new IllegalArgumentException("budget = " + budget + " must be >= 0");
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < programs.size(); i++) {
      Integer first = seen.putIfAbsent(programs.get(i).id(), i);
      if (first != null) {
        throw new IllegalArgumentException("programs[" + i + "]: id \"" + programs.get(i).id()
            + "\" repeats the id of programs[" + first + "]");
      }
    }
  }

  /** Number of candidate programs. */
  public int size() {
    return programs.size();
  }

  /** The program at an index. */
  public ProgramChance program(int index) {
    return programs.get(index);
  }

  /** True when every program costs the same (also when there are no programs). */
  public boolean hasEqualCosts() {
    return programs.stream().mapToInt(ProgramChance::cost).distinct().count() <= 1;
  }

  /**
   * The exact expected utility of applying to the given programs (indices; order and repeats do
   * not matter): with the set sorted by utility, highest first, {@code sum_i u_i p_i prod_{h<i}
   * (1 - p_h)}. Runs in O(s log s) for a set of size s.
   */
  public double value(Collection<Integer> chosen) {
    List<ProgramChance> set = new ArrayList<>();
    chosen.stream().distinct().forEach(i -> set.add(programs.get(i)));
    set.sort((a, b) -> Double.compare(b.utility(), a.utility()));
    double value = 0;
    double allRejected = 1;
    for (ProgramChance program : set) {
      value += allRejected * program.p() * program.utility();
      allRejected *= 1 - program.p();
    }
    return value;
  }

  /** Total cost of the given programs (indices). */
  public long cost(Collection<Integer> chosen) {
    return chosen.stream().mapToLong(i -> programs.get(i).cost()).sum();
  }
}
