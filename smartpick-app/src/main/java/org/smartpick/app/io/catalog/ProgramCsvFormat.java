package org.smartpick.app.io.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The program CSV format shared by {@code smartpick import programs} and
 * {@code smartpick programs --format csv} (documented in docs/catalog.md). Only {@code acgme_id}
 * is required; a blank cell means "no value, keep the current one".
 */
public final class ProgramCsvFormat {
  public static final String ACGME_ID = "acgme_id";
  public static final String NAME = "name";
  public static final String SPECIALTY = "specialty";
  public static final String CITY = "city";
  public static final String STATE = "state";
  public static final String LATITUDE = "latitude";
  public static final String LONGITUDE = "longitude";
  public static final String POSITIONS = "positions";
  public static final String MEDIAN_STEP2 = "median_step2";
  public static final String PCT_IMG = "pct_img";
  public static final String PCT_DO = "pct_do";
  public static final String VISA_SPONSORSHIP = "visa_sponsorship";
  public static final String ACCEPTS_SIGNALS = "accepts_signals";
  public static final String INTERVIEWS_HELD = "interviews_held";
  public static final String ACADEMIC = "academic";
  public static final String SOURCE = "source";

  /** Every column, in the order the export writes them. */
  public static final List<String> COLUMNS = List.of(ACGME_ID, NAME, SPECIALTY, CITY, STATE,
      LATITUDE, LONGITUDE, POSITIONS, MEDIAN_STEP2, PCT_IMG, PCT_DO, VISA_SPONSORSHIP,
      ACCEPTS_SIGNALS, INTERVIEWS_HELD, ACADEMIC, SOURCE);

  /** Columns a program not yet in the catalog must fill. */
  public static final List<String> IDENTIFYING = List.of(NAME, SPECIALTY, CITY, STATE, LATITUDE,
      LONGITUDE);

  private ProgramCsvFormat() {
  }

  /** Parses true/false, yes/no, y/n or 1/0 ignoring case; empty for anything else. */
  static Optional<Boolean> parseBoolean(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1" -> Optional.of(true);
      case "false", "no", "n", "0" -> Optional.of(false);
      default -> Optional.empty();
    };
  }
}
