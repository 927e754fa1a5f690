package org.smartpick.engine.advise;

/**
 * The moments of a cycle when program directors, chairs and faculty typically call or email each
 * other about an applicant, and what those calls are for.
 */
public enum CallWindow {
  /** Applications are in: backgrounds with red flags get checked. */
  ERAS_SUBMITTED("ERAS submitted", "red-flag vetting of backgrounds"),
  /** Programs screen files before inviting. */
  SCREENING("Screening", "vetting: is there anything we should know about this applicant?"),
  /** Before invitations go out: mentors push for an interview. */
  BEFORE_INVITES("Before invites", "advocacy to secure an interview"),
  /** After the interview day: questions about what was seen or heard. */
  AFTER_INTERVIEWS("After interviews", "clarification and concern"),
  /** Programs order their rank lists. */
  RANKING_MEETINGS("Ranking meetings", "tie-breakers between similar applicants"),
  /** The last 2–3 weeks before certification, when much of it happens. */
  FINAL_ADJUSTMENTS("Final adjustments", "last-minute advocacy or caution");

  private final String label;
  private final String purpose;

  CallWindow(String label, String purpose) {
    this.label = label;
    this.purpose = purpose;
  }

  /** Short name, e.g. "Before invites". */
  public String label() {
    return label;
  }

  /** What calls in this window are for. */
  public String purpose() {
    return purpose;
  }
}
