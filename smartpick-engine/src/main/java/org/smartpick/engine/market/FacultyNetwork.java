package org.smartpick.engine.market;

import java.util.Arrays;

/**
 * The faculty network of one replica: who will pick up the phone to whom. Edges join a program to
 * an applicant's side when the program is at the applicant's home institution, when its faculty
 * know the applicant's school (an academic program in the same Census division as the school: a
 * shared lineage), when the applicant rotated there (its own supervisors), and when the
 * applicant's advocate knows its program director. Calls travel only on these edges.
 *
 * <p>Queries are O(1) except advocate and rotation look-ups, O(log k) and O(k) in the (small)
 * contact lists. Read-only after construction; safe to share between threads.
 */
final class FacultyNetwork {
  private final MarketFrame frame;
  private final ApplicantPool pool;

  FacultyNetwork(MarketFrame frame, ApplicantPool pool) {
    this.frame = frame;
    this.pool = pool;
  }

  // The program belongs to the applicant's own school.
  boolean home(int i, int j) {
    return pool.institution[i] >= 0 && frame.institutionOf(j) == pool.institution[i];
  }

  // The program's faculty know the applicant's school: its own, or an academic program nearby.
  boolean knowsSchool(int i, int j) {
    int school = pool.institution[i];
    if (school < 0 || !frame.program(j).academic()) {
      return false;
    }
    return home(i, j) || frame.program(j).division().ordinal() == frame.institutionDivision(school);
  }

  // The applicant did an away rotation at the program.
  boolean rotated(int i, int j) {
    for (int site : pool.rotations[i]) {
      if (site == j) {
        return true;
      }
    }
    return false;
  }

  // The applicant's advocate knows the program's director.
  boolean advocateKnows(int i, int j) {
    return Arrays.binarySearch(pool.advocateKnows[i], j) >= 0;
  }

  // The applicant has a home program in the specialty of program j, other than j itself.
  boolean hasOtherHomeProgram(int i, int j) {
    if (pool.institution[i] < 0) {
      return false;
    }
    int own = frame.homePrograms(pool.institution[i], frame.specialtyOf(j));
    return own - (home(i, j) ? 1 : 0) > 0;
  }

  // The applicant lives in the program's Census region.
  boolean sameRegion(int i, int j) {
    return frame.program(j).region().ordinal() == pool.region[i];
  }
}
