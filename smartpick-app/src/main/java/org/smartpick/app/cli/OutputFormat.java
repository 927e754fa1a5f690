package org.smartpick.app.cli;

/** How a listing command prints its result. */
enum OutputFormat {
  /** Aligned columns for a terminal. */
  TABLE,
  /** Comma-separated values with a header row. */
  CSV,
  /** A JSON array. */
  JSON
}
