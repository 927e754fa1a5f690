package org.smartpick.engine.market;

import org.smartpick.engine.domain.ApplicantType;
/**
 * The applicants of one replica in column form (index = applicant). Filled by
 * {@link ApplicantGenerator}, read by the later stages; not modified after generation.
 *
 * <p>Step 2 CK is on the USMLE scale; letters, interview skill and reliability are standard normal
 * latent qualities; flags are a {@link RedFlag} bit set; institution is -1 for applicants without
 * a home program network (IMGs, most DOs); advocate standing is -1 without an advocate.
 */
final class ApplicantPool {
  final int size;
  final ApplicantType[] type;
  final int[] specialty;
  final int[] backup;
  final boolean[] backupOnly;
  final float[] step2;
  final byte[] step1Attempts;
  final short[] research;
  final float[] letters;
  final float[] interviewSkill;
  final float[] reliability;
  final byte[] flags;
  final boolean[] owned;
  final int[] institution;
  final byte[] region;
  final int[][] rotations;
  final byte[] advocate;
  final int[][] advocateKnows;
  final int[] partner;
  final float[] standing;
  final float[] prefReputation;
  final float[] prefGeo;

  ApplicantPool(int size) {
    this.size = size;
    type = new ApplicantType[size];
    specialty = new int[size];
    backup = new int[size];
    backupOnly = new boolean[size];
    step2 = new float[size];
    step1Attempts = new byte[size];
    research = new short[size];
    letters = new float[size];
    interviewSkill = new float[size];
    reliability = new float[size];
    flags = new byte[size];
    owned = new boolean[size];
    institution = new int[size];
    region = new byte[size];
    rotations = new int[size][];
    advocate = new byte[size];
    advocateKnows = new int[size][];
    partner = new int[size];
    standing = new float[size];
    prefReputation = new float[size];
    prefGeo = new float[size];
  }

  /**
   * Sets applicant i from an outside applicant's attributes and drawn latents (single, no backup;
   * standing and preference weights 0: they only drive sampled applications, which an outside
   * applicant does not make).
   */
  void set(int i, OutsideApplicantScorer.Applicant a, double interviewSkill, double reliability) {
    type[i] = a.type();
    specialty[i] = a.specialty();
    backup[i] = -1;
    step2[i] = (float) a.step2();
    step1Attempts[i] = (byte) a.step1Attempts();
    research[i] = (short) Math.min(Short.MAX_VALUE, a.research());
    letters[i] = (float) a.letters();
    this.interviewSkill[i] = (float) interviewSkill;
    this.reliability[i] = (float) reliability;
    flags[i] = (byte) a.flags();
    owned[i] = a.owned();
    institution[i] = a.institution();
    region[i] = (byte) a.region();
    rotations[i] = a.rotations();
    advocate[i] = (byte) a.advocateStanding();
    advocateKnows[i] = a.advocateKnows();
    partner[i] = -1;
  }

  /** A copy with the inserted applicant appended as applicant {@code size}. */
  ApplicantPool with(InsertedApplicant inserted) {
    ApplicantPool more = new ApplicantPool(size + 1);
    System.arraycopy(type, 0, more.type, 0, size);
    System.arraycopy(specialty, 0, more.specialty, 0, size);
    System.arraycopy(backup, 0, more.backup, 0, size);
    System.arraycopy(backupOnly, 0, more.backupOnly, 0, size);
    System.arraycopy(step2, 0, more.step2, 0, size);
    System.arraycopy(step1Attempts, 0, more.step1Attempts, 0, size);
    System.arraycopy(research, 0, more.research, 0, size);
    System.arraycopy(letters, 0, more.letters, 0, size);
    System.arraycopy(interviewSkill, 0, more.interviewSkill, 0, size);
    System.arraycopy(reliability, 0, more.reliability, 0, size);
    System.arraycopy(flags, 0, more.flags, 0, size);
    System.arraycopy(owned, 0, more.owned, 0, size);
    System.arraycopy(institution, 0, more.institution, 0, size);
    System.arraycopy(region, 0, more.region, 0, size);
    System.arraycopy(rotations, 0, more.rotations, 0, size);
    System.arraycopy(advocate, 0, more.advocate, 0, size);
    System.arraycopy(advocateKnows, 0, more.advocateKnows, 0, size);
    System.arraycopy(partner, 0, more.partner, 0, size);
    System.arraycopy(standing, 0, more.standing, 0, size);
    System.arraycopy(prefReputation, 0, more.prefReputation, 0, size);
    System.arraycopy(prefGeo, 0, more.prefGeo, 0, size);
    more.set(size, inserted.applicant(), inserted.interviewSkill(), inserted.reliability());
    return more;
  }

  /** The applicant's advocate standing, or null without an advocate. */
  Standing advocateStanding(int i) {
    return advocate[i] < 0 ? null : Standing.values()[advocate[i]];
  }
}
