package org.smartpick.engine.advise.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IndexedMaxHeapTest {

  @Test
  void popsByLargestKeyThenLowestIndexAfterRandomLowerings() {
    SplittableRandom random = new SplittableRandom(3L);
    for (int trial = 0; trial < 500; trial++) {
      int n = random.nextInt(30);
      double[] key = new double[n];
      for (int j = 0; j < n; j++) {
        key[j] = random.nextInt(5);
      }
      IndexedMaxHeap heap = new IndexedMaxHeap(IntStream.range(0, n).toArray(), key);
      for (int lowerings = random.nextInt(10); lowerings > 0 && !heap.isEmpty(); lowerings--) {
        heap.setTopKey(key[heap.top()] - random.nextInt(3));
      }
      List<Integer> expected = IntStream.range(0, n).boxed()
          .sorted(Comparator.comparingDouble((Integer j) -> -key[j]).thenComparingInt(j -> j))
          .collect(Collectors.toList());
      List<Integer> popped = new ArrayList<>();
      while (!heap.isEmpty()) {
        popped.add(heap.top());
        heap.removeTop();
      }
      assertThat(popped).as("trial %d", trial).isEqualTo(expected);
    }
  }
}
