package org.smartpick.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link HeldSets} against a plain sorted-list model on seeded random sequences of admissions,
 * withdrawals and capacity changes: the dense acceptance threshold always agrees with "a free
 * seat or a worse holder", and every displaced seat names the applicant who held it.
 */
class HeldSetsPropertyTest {

  @Test
  void agreesWithASortedListModel() {
    SplittableRandom random = new SplittableRandom(4242);
    for (int trial = 0; trial < 500; trial++) {
      int programs = 1 + random.nextInt(4);
      int[] capacity = new int[programs];
      int[] room = new int[programs];
      List<List<Long>> model = new ArrayList<>();
      for (int p = 0; p < programs; p++) {
        capacity[p] = random.nextInt(4);
        room[p] = 8;
        model.add(new ArrayList<>());
      }
      HeldSets held = new HeldSets(capacity, room);
      int[] modelCapacity = capacity.clone();
      for (int op = 0; op < 200; op++) {
        int p = random.nextInt(programs);
        List<Long> seats = model.get(p);
        int rank = random.nextInt(30);
        boolean modelAccepts = seats.size() < modelCapacity[p]
            || (!seats.isEmpty() && HeldSets.rank(seats.get(seats.size() - 1)) > rank);
        assertThat(held.accepts(p, rank)).as("trial %d op %d", trial, op).isEqualTo(modelAccepts);
        int kind = random.nextInt(4);
        if (kind <= 1 && modelAccepts) {
          int applicant = random.nextInt(1000);
          long seat = HeldSets.seat(rank, random.nextBoolean(), applicant);
          assertThat(HeldSets.rank(seat)).isEqualTo(rank);
          assertThat(HeldSets.applicant(seat)).isEqualTo(applicant);
          int at = 0;
          while (at < seats.size() && seats.get(at) <= seat) {
            at++;
          }
          seats.add(at, seat);
          long expected = HeldSets.NOBODY;
          if (seats.size() > modelCapacity[p]) {
            expected = seats.remove(seats.size() - 1);
          }
          assertThat(held.admit(p, seat)).as("trial %d op %d", trial, op).isEqualTo(expected);
        } else if (kind == 2 && !seats.isEmpty()) {
          long seat = seats.remove(random.nextInt(seats.size()));
          held.remove(p, seat);
        } else if (kind == 3) {
          int positions = Math.min(seats.size() + random.nextInt(3), room[p] - 1);
          modelCapacity[p] = positions;
          held.setCapacity(p, positions);
        }
        assertThat(held.size(p)).isEqualTo(seats.size());
        for (int i = 0; i < seats.size(); i++) {
          assertThat(held.seatAt(p, i)).isEqualTo(seats.get(i));
        }
      }
    }
  }
}
