package org.smartpick.app.service;

import org.smartpick.app.store.DataExport;
import org.smartpick.app.store.PersonalData;

/**
 * The privacy controls: export everything stored, delete everything stored. Deleting needs the
 * confirmation word {@value #CONFIRMATION}, so it is never done by accident. Thread-safe.
 */
public final class PrivacyService {
  /** The word that confirms deleting everything. */
  public static final String CONFIRMATION = "delete-everything";

  private final PersonalData data;

  public PrivacyService(PersonalData data) {
    this.data = data;
  }

  /** Every profile and saved result. */
  public DataExport exportAll() {
    return data.exportAll();
  }

  /**
   * Deletes every profile and saved result.
   *
   * @param confirmation must be {@value #CONFIRMATION}
   * @throws InvalidInputException naming {@code confirm} otherwise
   */
  public DataExport.Counts deleteEverything(String confirmation) {
    if (!CONFIRMATION.equals(confirmation)) {
      throw new InvalidInputException("confirm", (confirmation == null ? "missing"
          : "'" + confirmation + "'") + "; pass confirm=" + CONFIRMATION
          + " to delete every profile and result");
    }
    return data.deleteEverything();
  }
}
