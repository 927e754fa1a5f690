package org.smartpick.engine.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.match.CdclSolver.Status;

/** The CDCL solver against brute force on seeded random formulas. */
class CdclSolverTest {
  private static final long BUDGET = 1_000_000;

  private static List<int[]> randomFormula(SplittableRandom random, int variables) {
    int clauses = random.nextInt(6 * variables + 1);
    List<int[]> formula = new ArrayList<>();
    for (int c = 0; c < clauses; c++) {
      int[] clause = new int[1 + random.nextInt(Math.min(4, variables))];
      for (int k = 0; k < clause.length; k++) {
        clause[k] = CdclSolver.literal(random.nextInt(variables), random.nextBoolean());
      }
      formula.add(clause);
    }
    return formula;
  }

  private static boolean satisfies(List<int[]> formula, long assignment) {
    for (int[] clause : formula) {
      boolean satisfied = false;
      for (int literal : clause) {
        boolean value = (assignment >> CdclSolver.variableOf(literal) & 1) == 1;
        satisfied |= value == ((literal & 1) == 0);
      }
      if (!satisfied) {
        return false;
      }
    }
    return true;
  }

  private static boolean bruteForceSatisfiable(List<int[]> formula, int variables) {
    for (long assignment = 0; assignment < 1L << variables; assignment++) {
      if (satisfies(formula, assignment)) {
        return true;
      }
    }
    return false;
  }

  private static CdclSolver solver(List<int[]> formula, int variables, SplittableRandom phases) {
    CdclSolver solver = new CdclSolver();
    for (int v = 0; v < variables; v++) {
      solver.newVariable();
      solver.setPhase(v, phases.nextBoolean());
    }
    for (int[] clause : formula) {
      solver.addClause(clause);
    }
    return solver;
  }

  private static long model(CdclSolver solver, int variables) {
    long assignment = 0;
    for (int v = 0; v < variables; v++) {
      if (solver.modelValue(v)) {
        assignment |= 1L << v;
      }
    }
    return assignment;
  }

  @Test
  void agreesWithBruteForceOnSmallRandomFormulas() {
    SplittableRandom random = new SplittableRandom(2015);
    int satisfiable = 0;
    int unsatisfiable = 0;
    for (int formulaNumber = 0; formulaNumber < 5000; formulaNumber++) {
      int variables = 1 + random.nextInt(12);
      List<int[]> formula = randomFormula(random, variables);
      CdclSolver solver = solver(formula, variables, random);
      Status status = solver.solve(BUDGET, BUDGET);
      boolean expected = bruteForceSatisfiable(formula, variables);
      assertThat(status).as("formula %d", formulaNumber)
          .isEqualTo(expected ? Status.SATISFIABLE : Status.UNSATISFIABLE);
      if (expected) {
        satisfiable++;
        assertThat(satisfies(formula, model(solver, variables)))
            .as("formula %d: the model satisfies every clause", formulaNumber).isTrue();
      } else {
        unsatisfiable++;
      }
    }
    assertThat(satisfiable).isGreaterThan(1000);
    assertThat(unsatisfiable).isGreaterThan(1000);
  }

  /** Random 3-SAT near the threshold (4.26 clauses per variable) learns, restarts and reduces. */
  @Test
  void agreesWithBruteForceOnHarderThreeSat() {
    SplittableRandom random = new SplittableRandom(2016);
    int unsatisfiable = 0;
    for (int formulaNumber = 0; formulaNumber < 300; formulaNumber++) {
      int variables = 14 + random.nextInt(7);
      List<int[]> formula = new ArrayList<>();
      for (int c = 0; c < 4.26 * variables; c++) {
        int[] clause = new int[3];
        for (int k = 0; k < 3; k++) {
          clause[k] = CdclSolver.literal(random.nextInt(variables), random.nextBoolean());
        }
        formula.add(clause);
      }
      CdclSolver solver = solver(formula, variables, random);
      Status status = solver.solve(BUDGET, BUDGET * 100);
      boolean expected = bruteForceSatisfiable(formula, variables);
      assertThat(status).as("formula %d", formulaNumber)
          .isEqualTo(expected ? Status.SATISFIABLE : Status.UNSATISFIABLE);
      if (expected) {
        assertThat(satisfies(formula, model(solver, variables))).isTrue();
      } else {
        unsatisfiable++;
      }
    }
    assertThat(unsatisfiable).isGreaterThan(50);
  }

  /** Pigeonhole: 7 pigeons in 6 holes needs many conflicts and learnt-clause deletions. */
  @Test
  void provesPigeonholeUnsatisfiableAndStopsAtItsBudget() {
    int pigeons = 7;
    int holes = 6;
    CdclSolver full = pigeonhole(pigeons, holes);
    assertThat(full.solve(10_000_000, 1_000_000_000)).isEqualTo(Status.UNSATISFIABLE);
    assertThat(full.conflicts()).isGreaterThan(100);
    CdclSolver small = pigeonhole(pigeons, holes);
    assertThat(small.solve(10, 1_000_000_000)).isEqualTo(Status.UNKNOWN);
    assertThat(small.conflicts()).isEqualTo(10);
    CdclSolver again = pigeonhole(pigeons, holes);
    again.solve(10_000_000, 1_000_000_000);
    assertThat(again.conflicts()).isEqualTo(full.conflicts());
    assertThat(again.propagations()).isEqualTo(full.propagations());
  }

  private static CdclSolver pigeonhole(int pigeons, int holes) {
    CdclSolver solver = new CdclSolver();
    for (int v = 0; v < pigeons * holes; v++) {
      solver.newVariable();
    }
    for (int p = 0; p < pigeons; p++) {
      int[] somewhere = new int[holes];
      for (int h = 0; h < holes; h++) {
        somewhere[h] = CdclSolver.literal(p * holes + h, true);
      }
      solver.addClause(somewhere);
    }
    for (int h = 0; h < holes; h++) {
      for (int p = 0; p < pigeons; p++) {
        for (int o = p + 1; o < pigeons; o++) {
          solver.addClause(CdclSolver.literal(p * holes + h, false),
              CdclSolver.literal(o * holes + h, false));
        }
      }
    }
    return solver;
  }

  @Test
  void initialPhasesGiveTheKnownModelWithoutConflicts() {
    CdclSolver solver = new CdclSolver();
    for (int v = 0; v < 50; v++) {
      solver.newVariable();
      solver.setPhase(v, v % 3 == 0);
    }
    for (int v = 0; v + 1 < 50; v++) {
      // exactly the pattern v % 3 == 0 satisfies "v or next" style clauses chosen below
      solver.addClause(CdclSolver.literal(v, v % 3 == 0), CdclSolver.literal(v + 1,
          (v + 1) % 3 == 0));
    }
    assertThat(solver.solve(1, 1_000)).isEqualTo(Status.SATISFIABLE);
    assertThat(solver.conflicts()).isZero();
    for (int v = 0; v < 50; v++) {
      assertThat(solver.modelValue(v)).isEqualTo(v % 3 == 0);
    }
  }

  @Test
  void rejectsUnknownLiteralsAndSecondSolve() {
    CdclSolver solver = new CdclSolver();
    solver.newVariable();
    assertThatThrownBy(() -> solver.addClause(CdclSolver.literal(3, true)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("literal 6");
    solver.addClause(CdclSolver.literal(0, true));
    assertThat(solver.solve(1, 1)).isEqualTo(Status.SATISFIABLE);
    assertThatThrownBy(() -> solver.solve(1, 1)).isInstanceOf(IllegalStateException.class);
  }
}
