package org.smartpick.engine.match.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.smartpick.engine.catalog.BundledData;
import org.smartpick.engine.catalog.CsvTable;
import org.smartpick.engine.domain.Specialty;
import org.smartpick.engine.match.Track;

/**
 * Builds the {@link SyntheticMarketSpec} of the national 2025 Main Residency Match from the bundled
 * NRMP figures ({@code specialties-2025.csv}, {@code calibration-targets.csv}):
 * <ul>
 *   <li>every bundled specialty keeps its NRMP 2025 programs and positions; rows named
 *       "(PGY-1 Only)" are PGY1 tracks, all others CATEGORICAL;</li>
 *   <li>the programs and positions the file does not itemize (T03 programs and T04 positions minus
 *       the file's sums: 364 programs, 642 positions) form one CATEGORICAL row "Other specialties
 *       (not itemized)";</li>
 *   <li>PGY-2 positions (T04 − T05 = 3,196) are offered as ADVANCED programs by the specialties
 *       that recruit at PGY-2 in the NRMP Match (anesthesiology, dermatology, diagnostic and
 *       interventional radiology, neurology, physical medicine and rehabilitation, radiation
 *       oncology), all with the same advanced share, so their advanced positions total about
 *       3,196;</li>
 *   <li>the T02 active applicants (47,208) are split over specialties as primary applicants in
 *       proportion to NRMP applicants per specialty (which count backups too). PGY-1-only rows count
 *       at {@value #PGY1_PRIMARY_FACTOR} of their NRMP applicants, because most people ranking
 *       them also rank a categorical or advanced program; the remainder row counts its positions
 *       times the itemized applicants-per-position ratio.</li>
 * </ul>
 * The result is an estimate of the market's shape, not NRMP data per program. Stateless.
 */
final class NationalMarket {
  /** Name of the row holding the programs and positions the bundled file does not itemize. */
  static final String REMAINDER = "Other specialties (not itemized)";
  /** Weight of a PGY-1-only row's NRMP applicants when counting primary applicants. */
  static final double PGY1_PRIMARY_FACTOR = 0.2;
  private static final Set<String> ADVANCED_OFFERING = Set.of(
      "Anesthesiology", "Dermatology", "Radiology-Diagnostic", "Interventional Radiology (Integrated)",
      "Neurology", "Physical Medicine & Rehab", "Radiation Oncology");

  private NationalMarket() {
  }

  static SyntheticMarketSpec spec(int couples) {
    List<Specialty> rows = BundledData.specialties();
    CsvTable targets = BundledData.table("calibration-targets.csv");
    int applicants = target(targets, "T02");
    int programs = target(targets, "T03");
    int positions = target(targets, "T04");
    int pgy1Positions = target(targets, "T05");

    int itemizedPrograms = rows.stream().mapToInt(Specialty::nrmpPrograms).sum();
    int itemizedPositions = rows.stream().mapToInt(Specialty::nrmpPositions).sum();
    int itemizedApplicants = rows.stream().mapToInt(Specialty::nrmpApplicants).sum();
    int remainderPrograms = programs - itemizedPrograms;
    int remainderPositions = positions - itemizedPositions;

    int advancedOfferingPositions = rows.stream().filter(s -> ADVANCED_OFFERING.contains(s.name()))
        .mapToInt(Specialty::nrmpPositions).sum();
    double advancedShare = Math.min(1.0, (double) (positions - pgy1Positions) / advancedOfferingPositions);

    int n = rows.size() + (remainderPrograms > 0 ? 1 : 0);
    double[] weights = new double[n];
    for (int i = 0; i < rows.size(); i++) {
      Specialty s = rows.get(i);
      weights[i] = s.nrmpApplicants() * (isPgy1(s) ? PGY1_PRIMARY_FACTOR : 1.0);
    }
    if (remainderPrograms > 0) {
      weights[n - 1] = remainderPositions * (double) itemizedApplicants / itemizedPositions;
    }
    int[] primary = Apportionment.largestRemainder(weights, applicants);

    List<SyntheticSpecialty> specialties = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Specialty s = rows.get(i);
      specialties.add(new SyntheticSpecialty(s.name(), isPgy1(s) ? Track.PGY1 : Track.CATEGORICAL,
          s.nrmpPrograms(), s.nrmpPositions(), primary[i],
          ADVANCED_OFFERING.contains(s.name()) ? advancedShare : 0));
    }
    if (remainderPrograms > 0) {
      specialties.add(new SyntheticSpecialty(REMAINDER, Track.CATEGORICAL, remainderPrograms,
          remainderPositions, primary[n - 1], 0));
    }
    return SyntheticMarketSpec.builder(specialties).couples(couples).build();
  }

  private static boolean isPgy1(Specialty specialty) {
    return specialty.name().contains("(PGY-1 Only)");
  }

  private static int target(CsvTable targets, String id) {
    for (CsvTable.Row row : targets.rows()) {
      if (row.text("id").equals(id)) {
        return row.integer("value");
      }
    }
    throw new IllegalStateException("calibration-targets.csv has no row " + id);
  }
}
