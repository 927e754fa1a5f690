package org.smartpick.engine.domain.profile;

/** How strong a letter of recommendation is, as far as the applicant can tell. */
public enum LetterStrength {
  /** Lukewarm or generic; may hurt. */
  WEAK,
  /** A standard, positive letter. */
  AVERAGE,
  /** A detailed, enthusiastic letter from someone who worked with the applicant. */
  STRONG,
  /** "Best student in years" from a writer whose word carries weight. */
  EXCEPTIONAL
}
