package org.smartpick.engine.advise.portfolio;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scenario (sample-average) portfolio problem: K simulated market scenarios say which programs
 * would take the student; program j has utility u_j and cost c_j; the value of a set S is
 * {@code (1/K) sum_k max(0, max{u_j : j in S, j takes the student in scenario k})}, a monotone
 * submodular set function.
 *
 * <p>Success is stored per program as a bitset over scenarios: n·K bits in all. Immutable after
 * {@link Builder#build()}, which validates ids (unique, not blank), utilities (finite, at least 0),
 * costs (at least 1) and the budget (at least 0). Thread-safe.
 */
public final class ScenarioChances {
  private final String[] ids;
  private final double[] utility;
  private final int[] cost;
  private final long[][] successWords;
  private final int scenarioCount;
  private final int budget;

  private ScenarioChances(Builder b) {
    int n = b.ids.size();
    ids = b.ids.toArray(new String[0]);
    utility = new double[n];
    cost = new int[n];
    successWords = new long[n][];
    for (int j = 0; j < n; j++) {
      utility[j] = b.utility.get(j);
      cost[j] = b.cost.get(j);
      successWords[j] = b.successWords.get(j).clone();
    }
    scenarioCount = b.scenarioCount;
    budget = b.budget;
  }

  /** A builder for {@code scenarioCount} scenarios (at least 1). */
  public static Builder builder(int scenarioCount) {
    return new Builder(scenarioCount);
  }

  public int programCount() {
    return ids.length;
  }

  public int scenarioCount() {
    return scenarioCount;
  }

  /** The budget, in the same unit as the costs. */
  public int budget() {
    return budget;
  }

  public String id(int program) {
    return ids[program];
  }

  public double utility(int program) {
    return utility[program];
  }

  public int cost(int program) {
    return cost[program];
  }

  /** True when program {@code program} would take the student in scenario {@code scenario}. */
  public boolean accepts(int scenario, int program) {
    return (successWords[program][scenario >>> 6] & (1L << (scenario & 63))) != 0;
  }

  /** The scenarios where the program takes the student, as a bitset (package use; read only). */
  long[] successWords(int program) {
    return successWords[program];
  }

  /** True when every program costs the same (also when there are none). */
  public boolean hasEqualCosts() {
    for (int c : cost) {
      if (c != cost[0]) {
        return false;
      }
    }
    return true;
  }

  /** The sample-average value of a set of programs (indices). O(K·s) for a set of size s. */
  public double value(Collection<Integer> chosen) {
    double total = 0;
    for (int k = 0; k < scenarioCount; k++) {
      double best = 0;
      for (int j : chosen) {
        if (accepts(k, j) && utility[j] > best) {
          best = utility[j];
        }
      }
      total += best;
    }
    return total / scenarioCount;
  }

  /** Total cost of a set of programs (indices). */
  public long cost(Collection<Integer> chosen) {
    return chosen.stream().mapToLong(j -> cost[j]).sum();
  }

  /**
   * Collects programs (id, utility, cost), the scenarios in which each would take the student,
   * and the budget. Not thread-safe.
   */
  public static final class Builder {
    private final int scenarioCount;
    private final List<String> ids = new ArrayList<>();
    private final List<Double> utility = new ArrayList<>();
    private final List<Integer> cost = new ArrayList<>();
    private final List<long[]> successWords = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private int budget;

    private Builder(int scenarioCount) {
      if (scenarioCount < 1) {
        throw new IllegalArgumentException("scenarioCount = " + scenarioCount + " must be >= 1");
      }
      this.scenarioCount = scenarioCount;
    }

    /** Adds a program that takes the student in no scenario yet; returns its index. */
    public int addProgram(String id, double utility, int cost) {
      Objects.requireNonNull(id, "id");
      if (id.isBlank()) {
        throw new IllegalArgumentException("program id must not be blank");
      }
      if (!(Double.isFinite(utility) && utility >= 0)) {
        throw new IllegalArgumentException(
            "program \"" + id + "\": utility = " + utility + " must be a finite number >= 0");
      }
      if (cost < 1) {
        throw new IllegalArgumentException(
            "program \"" + id + "\": cost = " + cost + " must be a whole number >= 1");
      }
      Integer first = index.putIfAbsent(id, ids.size());
      if (first != null) {
        throw new IllegalArgumentException("program id \"" + id + "\" is used twice");
      }
      ids.add(id);
      this.utility.add(utility);
      this.cost.add(cost);
      successWords.add(new long[(scenarioCount + 63) >>> 6]);
      return ids.size() - 1;
    }

    /** Records that the program would take the student in the scenario. */
    public Builder accepts(int scenario, int program) {
      if (scenario < 0 || scenario >= scenarioCount) {
        throw new IllegalArgumentException(
            "scenario = " + scenario + " is outside 0.." + (scenarioCount - 1));
      }
      if (program < 0 || program >= ids.size()) {
        throw new IllegalArgumentException(
            "program = " + program + " is outside 0.." + (ids.size() - 1));
      }
      successWords.get(program)[scenario >>> 6] |= 1L << (scenario & 63);
      return this;
    }

    /** Sets the budget (at least 0; default 0). */
    public Builder budget(int budget) {
      if (budget < 0) {
        throw new IllegalArgumentException("budget = " + budget + " must be >= 0");
      }
      this.budget = budget;
      return this;
    }

    public ScenarioChances build() {
      return new ScenarioChances(this);
    }
  }
}
