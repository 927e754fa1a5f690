package org.smartpick.app.io;

import java.util.List;
import org.smartpick.app.io.JsonCursor.Located;
import org.smartpick.app.io.JsonCursor.Where;
import org.smartpick.engine.match.Track;

/**
 * A market file as read, before ids are resolved: every id keeps the place it was read from so
 * that resolution errors can name it. Immutable.
 */
record RawMarket(List<Program> programs, List<Applicant> applicants, List<Couple> couples) {

  record Program(String path, Located id, int capacity, Track track, Located revertTo,
      List<Located> rankList) {
  }

  record Applicant(String path, Located id, List<Located> rankList, List<Located> supplementalList) {
  }

  /** A couple; each pair is two entries, either of which may be null ("no match"). */
  record Couple(String path, Located id, Located first, Located second, List<Pair> rankList) {
  }

  record Pair(Where where, Located first, Located second) {
  }
}
