package org.smartpick.app.service.jobs;

import java.util.concurrent.CancellationException;

/** What a running job sees of itself: it reports progress and checks for cancellation. */
public interface JobProgress {

  /**
   * Reports progress.
   *
   * @param fraction done so far, in [0, 1]
   * @param message what is happening, for people
   */
  void report(double fraction, String message);

  /** Whether someone asked to cancel the job. */
  boolean cancelRequested();

  /** Throws {@link CancellationException} when cancellation was requested. */
  default void checkCancelled() {
    if (cancelRequested()) {
      throw new CancellationException("cancelled");
    }
  }
}
