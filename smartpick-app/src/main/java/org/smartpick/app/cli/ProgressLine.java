package org.smartpick.app.cli;

import java.io.PrintWriter;
import org.smartpick.app.service.jobs.JobProgress;

/** Progress of a service call on one line of standard error; never cancelled from the CLI. */
final class ProgressLine {
  private ProgressLine() {
  }

  /** A progress that rewrites one line of {@code err}. */
  static JobProgress on(PrintWriter err) {
    return new JobProgress() {
      @Override
      public void report(double fraction, String message) {
        synchronized (err) {
          err.print("\r" + message);
          err.flush();
        }
      }

      @Override
      public boolean cancelRequested() {
        return false;
      }
    };
  }
}
