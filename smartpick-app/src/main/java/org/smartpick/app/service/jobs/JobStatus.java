package org.smartpick.app.service.jobs;

/** Where a job is in its life. */
public enum JobStatus {
  /** Waiting for a worker. */
  QUEUED,
  /** A worker is running it. */
  RUNNING,
  /** Finished with a result. */
  SUCCEEDED,
  /** Finished with an error. */
  FAILED,
  /** Cancelled before it finished. */
  CANCELLED;

  /** Whether the job has stopped for good. */
  public boolean finished() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }
}
