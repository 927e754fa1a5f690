package org.smartpick.engine.domain.profile;

/**
 * The allowed ranges of the profile's fields, in one place so that validation, the template's
 * comments and the documentation agree.
 */
public final class ProfileLimits {
  /** USMLE Step 2 CK score scale. */
  public static final int STEP2_MIN = 1;
  /** USMLE Step 2 CK score scale. */
  public static final int STEP2_MAX = 300;
  /** USMLE allows at most four attempts at a Step; 0 = not taken yet. */
  public static final int STEP1_ATTEMPTS_MAX = 4;
  /** Research items (abstracts, posters, presentations and publications). */
  public static final int RESEARCH_ITEMS_MAX = 500;
  /** Honors grades in clerkships. */
  public static final int HONORS_MAX = 20;
  /** Preference weights run from 0 (ignore) to this value. */
  public static final int WEIGHT_MAX = 10;
  /** Signals an applicant may hold (the largest allotments are below 40). */
  public static final int SIGNALS_MAX = 100;
  /** Applications the budget may allow. */
  public static final int APPLICATIONS_MAX = 1000;
  /** Dollars the budget may allow. */
  public static final int DOLLARS_MAX = 100_000;
  /** Earliest year a red flag may carry. */
  public static final int YEAR_MIN = 1980;
  /** Latest year a red flag may carry. */
  public static final int YEAR_MAX = 2100;
  /** Names, institutions, contacts: characters. */
  public static final int NAME_LENGTH = 200;
  /** Notes such as what was done about a red flag: characters. */
  public static final int NOTE_LENGTH = 1000;
  /** Letters of recommendation. */
  public static final int LETTERS_MAX = 10;
  /** Away rotations. */
  public static final int AWAY_ROTATIONS_MAX = 10;
  /** Advocates. */
  public static final int ADVOCATES_MAX = 20;
  /** Red flags. */
  public static final int RED_FLAGS_MAX = 20;
  /** ACGME ids in one list (affiliated programs, an advocate's programs). */
  public static final int PROGRAM_IDS_MAX = 200;
  /** Contacts (program directors and others) named for one advocate. */
  public static final int CONTACTS_MAX = 20;

  private ProfileLimits() {
  }
}
