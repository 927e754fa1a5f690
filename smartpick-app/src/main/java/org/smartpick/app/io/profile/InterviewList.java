package org.smartpick.app.io.profile;

import java.util.List;
import org.smartpick.engine.advise.rank.ObservedSignal;

/**
 * The programs that interviewed the student, in their true order of preference, with the
 * post-interview signals they logged (docs/advise.md, "Interviews file").
 *
 * @param programIds ACGME ids, most preferred first, distinct
 * @param signals what was seen, by position on the list
 */
public record InterviewList(List<String> programIds, List<ObservedSignal> signals) {
  public InterviewList {
    programIds = List.copyOf(programIds);
    signals = List.copyOf(signals);
  }
}
