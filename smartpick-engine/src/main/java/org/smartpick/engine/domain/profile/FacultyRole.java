package org.smartpick.engine.domain.profile;

/** The role of a letter writer or advocate; hierarchy matters for how much their word counts. */
public enum FacultyRole {
  /** Department chair. */
  CHAIR,
  /** Residency program director. */
  PROGRAM_DIRECTOR,
  /** Associate or assistant program director. */
  ASSOCIATE_PROGRAM_DIRECTOR,
  /** Clerkship or sub-internship director. */
  CLERKSHIP_DIRECTOR,
  /** Attending faculty member. */
  FACULTY,
  /** Research mentor. */
  RESEARCH_MENTOR,
  /** Anyone else (e.g. a dean, a resident, a physician outside academia). */
  OTHER
}
