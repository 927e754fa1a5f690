package org.smartpick.engine.match;

import java.util.Arrays;

/**
 * Test helper: builds a {@link MatchInstance} by name. Declare programs and applicants first,
 * then lists. {@code "-"} in a couple's pair means "no match".
 */
final class Market {
  private final MatchInstance.Builder builder = MatchInstance.builder();

  Market program(String id, int positions) {
    return program(id, positions, Track.CATEGORICAL);
  }

  Market program(String id, int positions, Track track) {
    builder.addProgram(id, positions, track);
    return this;
  }

  Market singles(String... ids) {
    for (String id : ids) {
      builder.addSingle(id);
    }
    return this;
  }

  Market couple(String id, String first, String second) {
    builder.addCouple(id, first, second);
    return this;
  }

  /** The program's rank list. */
  Market programRanks(String program, String... applicants) {
    builder.programRankList(builder.programIndex(program),
        Arrays.stream(applicants).mapToInt(this::applicant).toArray());
    return this;
  }

  /** A single applicant's rank list. */
  Market applicantRanks(String applicant, String... programs) {
    builder.applicantRankList(applicant(applicant), programs(programs));
    return this;
  }

  Market supplemental(String applicant, String... programs) {
    builder.supplementalList(applicant(applicant), programs(programs));
    return this;
  }

  /** A couple's pairs, flattened: first member's program, second member's program, ... */
  Market pairs(String couple, String... programs) {
    builder.coupleRankList(builder.coupleIndex(couple), programs(programs));
    return this;
  }

  Market revert(String program, String receiver) {
    builder.revertTo(builder.programIndex(program), builder.programIndex(receiver));
    return this;
  }

  MatchInstance build() {
    return builder.build();
  }

  private int applicant(String id) {
    int index = builder.applicantIndex(id);
    if (index == MatchInstance.NONE) {
      throw new IllegalArgumentException("unknown applicant " + id);
    }
    return index;
  }

  private int[] programs(String... ids) {
    return Arrays.stream(ids).mapToInt(id -> {
      if (id.equals("-")) {
        return MatchInstance.NONE;
      }
      int index = builder.programIndex(id);
      if (index == MatchInstance.NONE) {
        throw new IllegalArgumentException("unknown program " + id);
      }
      return index;
    }).toArray();
  }

  /** The program id the applicant matched on the primary list, or "-". */
  static String matchOf(MatchInstance instance, MatchResult result, String applicant) {
    int p = result.programOf(instance.applicantIndex(applicant));
    return p == MatchInstance.NONE ? "-" : instance.programId(p);
  }

  /** The applicant's supplemental program, or "-". */
  static String supplementalOf(MatchInstance instance, MatchResult result, String applicant) {
    int p = result.supplementalProgramOf(instance.applicantIndex(applicant));
    return p == MatchInstance.NONE ? "-" : instance.programId(p);
  }
}
