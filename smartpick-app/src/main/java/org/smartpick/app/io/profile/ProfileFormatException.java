package org.smartpick.app.io.profile;

import java.util.List;

/** Every problem found in a profile file, in file order; the profile was not read. */
public final class ProfileFormatException extends IllegalArgumentException {
  private final transient List<ProfileProblem> problems;

  public ProfileFormatException(String source, List<ProfileProblem> problems) {
    super(describe(source, problems));
    this.problems = List.copyOf(problems);
  }

  private static String describe(String source, List<ProfileProblem> problems) {
    StringBuilder text = new StringBuilder().append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems").append(" in ").append(source)
        .append(':');
    for (ProfileProblem problem : problems) {
      text.append(System.lineSeparator()).append("  ").append(problem.message());
    }
    return text.toString();
  }

  /** The problems, in file order. */
  public List<ProfileProblem> problems() {
    return problems;
  }
}
