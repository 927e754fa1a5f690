package org.smartpick.engine.calibrate;

/**
 * One point of an NRMP Charting Outcomes curve: the share of US MD seniors in a Step 2 CK band
 * who matched in their preferred specialty ({@code charting-outcomes-usmd-step2.csv}).
 *
 * @param specialty the specialty as the file names it
 * @param nrmpSpecialty the same specialty's NRMP name (the market model's name)
 * @param band Step 2 CK band, e.g. "240-249" or "250+"
 * @param applicants applicants in the band (pooled years), the point's weight
 * @param pMatch published share matched, in [0, 1]
 */
public record ChartingPoint(String specialty, String nrmpSpecialty, String band, int applicants,
    double pMatch) {
}
