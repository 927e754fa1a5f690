package org.smartpick.engine.match.synthetic;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a synthetic Match market looks like: its specialties (programs, positions, primary
 * applicants), how many couples, how long rank lists are, how many applicants rank a backup
 * specialty or submit supplemental lists, how many programs revert unfilled positions, how many
 * regions, and the seed. Every value is checked in the constructor; a bad one is reported with its
 * field name and value. Immutable and thread-safe.
 *
 * @param specialties the specialties, non-empty, unique names
 * @param couples couples among the applicants (each couple uses two applicants), 0 or more
 * @param meanApplicantListLength mean number of programs a single applicant ranks, in [1, 100]
 *     (NRMP: about 12.35 for matched applicants, calibration target T11)
 * @param programListPerPosition how many applicants a program ranks per position, at most, in
 *     [1, 100]
 * @param backupShare share of single applicants who also rank a backup specialty, in [0, 1]
 * @param supplementalShare share of applicants ranking an ADVANCED program who submit a
 *     supplemental PGY-1 list, in [0, 1]
 * @param reversionShare share of programs whose unfilled positions revert to another program of
 *     the same specialty, in [0, 0.5]
 * @param regions number of geographic regions, in [1, 100]
 * @param seed the random seed; the same spec always yields the same market
 */
public record SyntheticMarketSpec(
    List<SyntheticSpecialty> specialties,
    int couples,
    double meanApplicantListLength,
    double programListPerPosition,
    double backupShare,
    double supplementalShare,
    double reversionShare,
    int regions,
    long seed) {

  /** Default mean applicant rank-list length (NRMP, calibration target T11: 12.35). */
  public static final double DEFAULT_MEAN_APPLICANT_LIST_LENGTH = 12.0;
  /** Default number of applicants a program ranks per position. */
  public static final double DEFAULT_PROGRAM_LIST_PER_POSITION = 10.0;
  /** Default share of single applicants who rank a backup specialty. */
  public static final double DEFAULT_BACKUP_SHARE = 0.2;
  /** Default share of advanced-program applicants who submit a supplemental list. */
  public static final double DEFAULT_SUPPLEMENTAL_SHARE = 0.9;
  /** Default share of programs with a reversion. */
  public static final double DEFAULT_REVERSION_SHARE = 0.01;
  /** Default number of regions (the nine US census divisions). */
  public static final int DEFAULT_REGIONS = 9;
  /** Default number of couples (NRMP 2025: 1,259, calibration target T32). */
  public static final int DEFAULT_COUPLES = 1200;

  public SyntheticMarketSpec {
    Objects.requireNonNull(specialties, "specialties");
    specialties = List.copyOf(specialties);
    if (specialties.isEmpty()) {
      throw new IllegalArgumentException("specialties must not be empty");
    }
    Set<String> names = new HashSet<>();
    for (SyntheticSpecialty specialty : specialties) {
      if (!names.add(specialty.name())) {
        throw new IllegalArgumentException("specialties: duplicate name '" + specialty.name() + "'");
      }
    }
    if (couples < 0) {
      throw new IllegalArgumentException("couples must be 0 or more, was " + couples);
    }
    long applicants = specialties.stream().mapToLong(SyntheticSpecialty::applicants).sum();
    if (2L * couples > applicants) {
      throw new IllegalArgumentException("couples (" + couples + ") need " + 2L * couples
          + " applicants but the specialties have only " + applicants);
    }
    requireRange("meanApplicantListLength", meanApplicantListLength, 1, 100);
    requireRange("programListPerPosition", programListPerPosition, 1, 100);
    requireRange("backupShare", backupShare, 0, 1);
    requireRange("supplementalShare", supplementalShare, 0, 1);
    requireRange("reversionShare", reversionShare, 0, 0.5);
    if (regions < 1 || regions > 100) {
      throw new IllegalArgumentException("regions must be in [1, 100], was " + regions);
    }
  }

  private static void requireRange(String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(field + " must be in [" + min + ", " + max + "], was "
          + value);
    }
  }

  /**
   * The national market of the 2025 Main Residency Match with the given number of couples and
   * seed 1; see {@link NationalMarket} for how the bundled NRMP figures are scaled.
   */
  public static SyntheticMarketSpec national(int couples) {
    return NationalMarket.spec(couples);
  }

  /** A builder for the given specialties with every other value at its default and seed 1. */
  public static Builder builder(List<SyntheticSpecialty> specialties) {
    return new Builder(specialties);
  }

  /**
   * This spec at another size: each specialty's programs, positions and applicants, and the
   * couples, multiplied by {@code factor} in (0, 1] and rounded (at least one program and one
   * position per program), for quick runs with the national shape.
   */
  public SyntheticMarketSpec scaled(double factor) {
    if (!(factor > 0 && factor <= 1)) {
      throw new IllegalArgumentException("scale must be in (0, 1], was " + factor);
    }
    List<SyntheticSpecialty> smaller = specialties.stream().map(s -> {
      int programs = Math.max(1, (int) Math.round(s.programs() * factor));
      int positions = Math.max(programs, (int) Math.round(s.positions() * factor));
      return new SyntheticSpecialty(s.name(), s.track(), programs, positions,
          (int) Math.round(s.applicants() * factor), s.advancedShare());
    }).toList();
    return new Builder(smaller).couples((int) Math.round(couples * factor))
        .meanApplicantListLength(meanApplicantListLength)
        .programListPerPosition(programListPerPosition).backupShare(backupShare)
        .supplementalShare(supplementalShare).reversionShare(reversionShare).regions(regions)
        .seed(seed).build();
  }

  /** This spec with another seed. */
  public SyntheticMarketSpec withSeed(long newSeed) {
    return toBuilder().seed(newSeed).build();
  }

  /** A builder holding this spec's values. */
  public Builder toBuilder() {
    return new Builder(specialties).couples(couples)
        .meanApplicantListLength(meanApplicantListLength)
        .programListPerPosition(programListPerPosition).backupShare(backupShare)
        .supplementalShare(supplementalShare).reversionShare(reversionShare).regions(regions)
        .seed(seed);
  }

  /** Total programs over all specialties. */
  public int totalPrograms() {
    return specialties.stream().mapToInt(SyntheticSpecialty::programs).sum();
  }

  /** Total positions over all specialties. */
  public int totalPositions() {
    return specialties.stream().mapToInt(SyntheticSpecialty::positions).sum();
  }

  /** Total applicants (singles and couple members) over all specialties. */
  public int totalApplicants() {
    return specialties.stream().mapToInt(SyntheticSpecialty::applicants).sum();
  }

  /** Collects spec values; {@link #build()} validates them. Not thread-safe. */
  public static final class Builder {
    private final List<SyntheticSpecialty> specialties;
    private int couples = 0;
    private double meanApplicantListLength = DEFAULT_MEAN_APPLICANT_LIST_LENGTH;
    private double programListPerPosition = DEFAULT_PROGRAM_LIST_PER_POSITION;
    private double backupShare = DEFAULT_BACKUP_SHARE;
    private double supplementalShare = DEFAULT_SUPPLEMENTAL_SHARE;
    private double reversionShare = DEFAULT_REVERSION_SHARE;
    private int regions = DEFAULT_REGIONS;
    private long seed = 1;

    private Builder(List<SyntheticSpecialty> specialties) {
      this.specialties = List.copyOf(Objects.requireNonNull(specialties, "specialties"));
    }

    public Builder couples(int value) {
      couples = value;
      return this;
    }

    public Builder meanApplicantListLength(double value) {
      meanApplicantListLength = value;
      return this;
    }

    public Builder programListPerPosition(double value) {
      programListPerPosition = value;
      return this;
    }

    public Builder backupShare(double value) {
      backupShare = value;
      return this;
    }

    public Builder supplementalShare(double value) {
      supplementalShare = value;
      return this;
    }

    public Builder reversionShare(double value) {
      reversionShare = value;
      return this;
    }

    public Builder regions(int value) {
      regions = value;
      return this;
    }

    public Builder seed(long value) {
      seed = value;
      return this;
    }

    /** The validated spec. */
    public SyntheticMarketSpec build() {
      return new SyntheticMarketSpec(specialties, couples, meanApplicantListLength,
          programListPerPosition, backupShare, supplementalShare, reversionShare, regions, seed);
    }
  }
}
