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

  /** The applicant's advocate standing, or null without an advocate. */
  Standing advocateStanding(int i) {
    return advocate[i] < 0 ? null : Standing.of(advocate[i]);
  }
}
