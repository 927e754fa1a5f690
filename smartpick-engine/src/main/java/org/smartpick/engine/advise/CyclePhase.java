package org.smartpick.engine.advise;

import java.util.List;

/**
 * The phases of one application cycle, in order, with what typically happens in each and which
 * backchannel calls happen then. Their dates come from {@link CycleDates}.
 */
public enum CyclePhase {
  PREPARATION("Preparation",
      "Core rotations, Step 2 CK, choosing a specialty; line up letter writers, a mentor who"
          + " knows your work, and away rotations.",
      List.of()),
  ERAS_OPENS("ERAS opens",
      "Write the application, request letters, pick programs and decide where to signal.",
      List.of()),
  SUBMISSIONS("Submissions",
      "Applications go in; programs cannot see them until the review date.",
      List.of(CallWindow.ERAS_SUBMITTED)),
  SCREENING_AND_INVITATIONS("Screening and invitations",
      "Programs screen files and send the first interview invitations.",
      List.of(CallWindow.SCREENING, CallWindow.BEFORE_INVITES)),
  INTERVIEW_SEASON("Interview season",
      "Interviews (mostly virtual), late invitations, thank-you notes and letters of intent.",
      List.of(CallWindow.BEFORE_INVITES, CallWindow.AFTER_INTERVIEWS)),
  RANKING_MEETINGS("Rank-list season: ranking meetings",
      "Rank list entry is open; programs hold ranking meetings and order their lists.",
      List.of(CallWindow.AFTER_INTERVIEWS, CallWindow.RANKING_MEETINGS)),
  FINAL_ADJUSTMENTS("Rank-list season: final 2–3 weeks",
      "Lists are adjusted before certification; rank programs in your true order of preference.",
      List.of(CallWindow.RANKING_MEETINGS, CallWindow.FINAL_ADJUSTMENTS)),
  CERTIFICATION_DEADLINE("Rank order list certification deadline",
      "Last day to certify rank order lists (9 p.m. Eastern); nothing can change afterwards.",
      List.of(CallWindow.FINAL_ADJUSTMENTS)),
  LISTS_LOCKED("Lists locked",
      "The Match algorithm runs on the certified lists.",
      List.of()),
  MATCH_WEEK("Match Week",
      "Monday: whether you matched; unmatched applicants enter SOAP for unfilled positions.",
      List.of()),
  MATCH_DAY("Match Day",
      "Where you matched is released at noon Eastern.",
      List.of());

  private final String label;
  private final String whatHappens;
  private final List<CallWindow> calls;

  CyclePhase(String label, String whatHappens, List<CallWindow> calls) {
    this.label = label;
    this.whatHappens = whatHappens;
    this.calls = calls;
  }

  /** Name for people, e.g. "Interview season". */
  public String label() {
    return label;
  }

  /** What typically happens in this phase. */
  public String whatHappens() {
    return whatHappens;
  }

  /** The backchannel call windows that fall in this phase (may be empty). */
  public List<CallWindow> calls() {
    return calls;
  }
}
