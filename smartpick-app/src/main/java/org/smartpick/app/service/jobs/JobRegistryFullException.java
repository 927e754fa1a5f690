package org.smartpick.app.service.jobs;

/** The job registry holds as many unfinished jobs as it may; try again later (web: 503). */
public final class JobRegistryFullException extends RuntimeException {
  public JobRegistryFullException(int capacity) {
    super(capacity + " jobs are already queued or running, the most allowed; try again when one"
        + " has finished");
  }
}
