package org.smartpick.engine.market;

/**
 * One specialty of a {@link MarketFrame}: its NRMP figures, its programs (a contiguous index range
 * of the frame) and the derived facts the model uses.
 *
 * @param name NRMP specialty name
 * @param step2Mean mean Step 2 CK of matched applicants; when the data has none, the
 *     position-weighted mean of the specialties that have one (estimated)
 * @param step2Estimated true when {@code step2Mean} is that estimate
 * @param competitive matched Step 2 mean at or above the competitiveness threshold
 * @param signals preference signals per applicant (latest cycle known; 0 when none)
 * @param nrmpApplicants applicants who ranked the specialty in 2025 (backups included; for the
 *     residual of the national scope an estimate)
 * @param positions positions of the frame's programs (estimated per program, summing to NRMP)
 * @param firstProgram index of the specialty's first program in the frame
 * @param programCount number of its programs
 * @param relativeSignalShare the share of the specialty's NRMP programs one applicant can signal
 *     (signals / NRMP programs), over the applicant-weighted geometric mean of that share across
 *     all modelled specialties with signals (1 for a typical specialty; 0 without signals); data
 *     only, the same in every scope
 * @param pgy1Only a PGY-1-only track (preliminary or transitional year): its programs are
 *     {@code Track.PGY1}
 * @param advancedPositions positions of its advanced (PGY-2) programs, included in
 *     {@code positions}; 0 outside the national scope
 */
public record SpecialtyFrame(String name, double step2Mean, boolean step2Estimated,
    boolean competitive, int signals, int nrmpApplicants, int positions, int firstProgram,
    int programCount, double relativeSignalShare, boolean pgy1Only, int advancedPositions) {

  /** Share of the specialty's positions that are advanced (PGY-2). */
  public double advancedShare() {
    return positions == 0 ? 0 : (double) advancedPositions / positions;
  }

  /** One past the index of the specialty's last program. */
  public int endProgram() {
    return firstProgram + programCount;
  }
}
