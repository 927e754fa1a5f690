package org.smartpick.app.io.profile;

/** The field names of the profile file, shared by its reader, writer and field documentation. */
final class ProfileFields {
  static final String SPECIALTY = "specialty";
  static final String BACKUP_SPECIALTY = "backupSpecialty";
  static final String APPLICANT_TYPE = "applicantType";
  static final String STEP2 = "step2";
  static final String STEP1_ATTEMPTS = "step1Attempts";
  static final String RESEARCH_ITEMS = "researchItems";
  static final String CLASS_STANDING = "classStanding";
  static final String QUARTILE = "quartile";
  static final String ALPHA_OMEGA_ALPHA = "alphaOmegaAlpha";
  static final String HONORS = "honors";
  static final String LETTERS = "letters";
  static final String STRENGTH = "strength";
  static final String WRITER_ROLE = "writerRole";
  static final String INSTITUTION = "institution";
  static final String HOME_SCHOOL = "homeSchool";
  static final String NAME = "name";
  static final String STATE = "state";
  static final String AFFILIATED_PROGRAMS = "affiliatedPrograms";
  static final String AWAY_ROTATIONS = "awayRotations";
  static final String PROGRAM_ID = "programId";
  static final String OUTCOME = "outcome";
  static final String ADVOCATES = "advocates";
  static final String ROLE = "role";
  static final String STANDING = "standing";
  static final String PROGRAMS = "programs";
  static final String CONTACTS = "contacts";
  static final String RED_FLAGS = "redFlags";
  static final String TYPE = "type";
  static final String YEAR = "year";
  static final String WHAT_WAS_DONE = "whatWasDone";
  static final String OWNED = "owned";
  static final String GEOGRAPHY = "geography";
  static final String HOME_STATE = "homeState";
  static final String PREFERRED_STATES = "preferredStates";
  static final String PREFERRED_REGIONS = "preferredRegions";
  static final String AVOIDED_STATES = "avoidedStates";
  static final String AVOIDED_REGIONS = "avoidedRegions";
  static final String PREFERENCES = "preferences";
  static final String LOCATION = "location";
  static final String REPUTATION = "reputation";
  static final String SIZE = "size";
  static final String SETTING = "setting";
  static final String FIT = "fit";
  static final String PREFERRED_SIZE = "preferredSize";
  static final String PREFERRED_SETTING = "preferredSetting";
  static final String BUDGET = "budget";
  static final String MAX_APPLICATIONS = "maxApplications";
  static final String MAX_DOLLARS = "maxDollars";
  static final String SIGNALS = "signals";
  static final String COUPLE_PARTNER = "couplePartner";
  static final String SAME_CITY = "sameCity";
  /** The value of {@link #STEP2} while the score is not out. */
  static final String PENDING = "pending";

  private ProfileFields() {
  }
}
