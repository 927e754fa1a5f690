package org.smartpick.engine.match;

import static org.smartpick.engine.match.MatchInstance.NONE;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The reversion structure of an instance, for {@link StabilityEncoding}: programs linked by
 * "unfilled positions revert to" form trees whose root has no receiver. A tree is <i>simple</i>
 * when every sender reverts straight to the root (no chains); its final capacities are then
 * determined by who sits where: a sender keeps only its filled positions, the root gets the
 * rest of the tree's positions ({@link #finalCapacities(int[], int[])}, as
 * {@link RothPeransonRun} reverts until nothing changes).
 *
 * <p>Built in O(programs × longest chain). Immutable and thread-safe.
 */
final class ReversionTrees {
  private final MatchInstance instance;
  private final int[] root;
  private final int[] depth;
  /** Per root: the positions of its whole tree. */
  private final int[] treePositions;
  /** Roots of trees with a chain (a sender that also receives). */
  private final BitSet chained = new BitSet();
  /** Per program: the programs that revert straight to it. */
  private final int[][] senders;

  ReversionTrees(MatchInstance instance) {
    this.instance = instance;
    int programs = instance.programCount();
    root = new int[programs];
    depth = new int[programs];
    treePositions = new int[programs];
    int[] sendersCount = new int[programs];
    for (int p = 0; p < programs; p++) {
      int r = p;
      while (instance.revertTo(r) != NONE) {
        r = instance.revertTo(r);
        depth[p]++;
      }
      root[p] = r;
      treePositions[r] += instance.capacity(p);
      if (depth[p] > 1) {
        chained.set(r);
      }
      if (instance.revertTo(p) != NONE) {
        sendersCount[instance.revertTo(p)]++;
      }
    }
    senders = new int[programs][];
    for (int p = 0; p < programs; p++) {
      senders[p] = new int[sendersCount[p]];
      sendersCount[p] = 0;
    }
    for (int p = 0; p < programs; p++) {
      int receiver = instance.revertTo(p);
      if (receiver != NONE) {
        senders[receiver][sendersCount[receiver]++] = p;
      }
    }
  }

  /** Whether the program sends or receives reverted positions. */
  boolean inTree(int program) {
    return instance.revertTo(program) != NONE || senders[program].length > 0;
  }

  /** Whether some sender also receives. */
  boolean hasChains() {
    return !chained.isEmpty();
  }

  /** Whether the program belongs to a tree with a chain (not modelled exactly). */
  boolean chained(int program) {
    return inTree(program) && chained.get(root[program]);
  }

  /** A sender of a simple tree: its final capacity is its filled positions. */
  boolean simpleSender(int program) {
    return instance.revertTo(program) != NONE && !chained(program);
  }

  /** The programs that revert straight to this one. Do not modify. */
  int[] sendersTo(int program) {
    return senders[program];
  }

  int root(int program) {
    return root[program];
  }

  /** All positions of the program's tree (its own if it is in none). */
  int treePositions(int program) {
    return treePositions[root[program]];
  }

  /**
   * Final capacities by the reversion rule for the given positions held per program: a program
   * with a receiver keeps what it fills of what it has (its own positions and those reverted to
   * it) and passes the rest on; a root keeps all it has. A program holding more than it has
   * keeps what it has (the matching is then infeasible, which the checker reports). Programs of
   * chained trees keep {@code chainedCapacity}.
   */
  int[] finalCapacities(int[] held, int[] chainedCapacity) {
    int programs = held.length;
    Integer[] order = new Integer[programs];
    for (int p = 0; p < programs; p++) {
      order[p] = p;
    }
    Arrays.sort(order, (x, y) -> Integer.compare(depth[y], depth[x]));
    int[] available = new int[programs];
    for (int p = 0; p < programs; p++) {
      available[p] = instance.capacity(p);
    }
    int[] capacity = new int[programs];
    for (int p : order) {
      int receiver = instance.revertTo(p);
      if (chained(p)) {
        capacity[p] = chainedCapacity[p];
      } else if (receiver == NONE || held[p] >= available[p]) {
        capacity[p] = available[p];
      } else {
        capacity[p] = held[p];
        available[receiver] += available[p] - held[p];
      }
    }
    return capacity;
  }
}
