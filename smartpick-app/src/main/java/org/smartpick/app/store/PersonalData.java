package org.smartpick.app.store;

/**
 * Everything stored about the user, for the privacy controls: export it all, or delete it all.
 * Thread-safe.
 */
public interface PersonalData {

  /** Every profile and every saved result, read in one transaction. */
  DataExport exportAll();

  /** Deletes every profile and saved result in one transaction; returns what was deleted. */
  DataExport.Counts deleteEverything();
}
