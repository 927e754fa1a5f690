package org.smartpick.engine.match;

/**
 * A reason a matching is not stable. For a single applicant: applicant and program prefer each
 * other to what they have. For a couple: the couple prefers the pair (program, secondProgram) to
 * its assignment and both programs would take the respective member (either side may be
 * {@link MatchInstance#NONE}, meaning "no match" for that member).
 *
 * @param couple the couple, or {@link MatchInstance#NONE} when a single applicant blocks
 * @param applicant the single applicant, or {@link MatchInstance#NONE} when a couple blocks
 * @param program the single's program, or the couple's first member's program
 * @param secondProgram the couple's second member's program ({@link MatchInstance#NONE} for singles)
 */
public record BlockingPair(int couple, int applicant, int program, int secondProgram) {

  /** A single applicant and a program that block. */
  public static BlockingPair single(int applicant, int program) {
    return new BlockingPair(MatchInstance.NONE, applicant, program, MatchInstance.NONE);
  }

  /** A couple and a pair of programs that block. */
  public static BlockingPair couple(int couple, int firstProgram, int secondProgram) {
    return new BlockingPair(couple, MatchInstance.NONE, firstProgram, secondProgram);
  }

  public boolean isCouple() {
    return couple != MatchInstance.NONE;
  }

  /** Human-readable form with the instance's ids. */
  public String describe(MatchInstance instance) {
    if (isCouple()) {
      return "couple '" + instance.coupleId(couple) + "' with (" + name(instance, program) + ", "
          + name(instance, secondProgram) + ")";
    }
    return "applicant '" + instance.applicantId(applicant) + "' with " + name(instance, program);
  }

  private static String name(MatchInstance instance, int program) {
    return program == MatchInstance.NONE ? "no match" : "'" + instance.programId(program) + "'";
  }
}
