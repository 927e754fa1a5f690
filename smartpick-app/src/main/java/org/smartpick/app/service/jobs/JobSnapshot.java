package org.smartpick.app.service.jobs;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A job's state at one moment. Immutable.
 *
 * @param id random UUID
 * @param kind what the job does, e.g. {@code optimize}
 * @param status where it is
 * @param progress done so far, in [0, 1] (1 once finished)
 * @param message what is happening, for people
 * @param result the result once {@link JobStatus#SUCCEEDED}
 * @param error field and message once {@link JobStatus#FAILED}
 * @param createdAt when it was submitted
 * @param expiresAt when it will be forgotten (empty while unfinished)
 * @param revision grows with every change (for watchers)
 */
public record JobSnapshot(String id, String kind, JobStatus status, double progress,
    String message, Optional<Object> result, Optional<JobError> error, Instant createdAt,
    Optional<Instant> expiresAt, long revision) {
  public JobSnapshot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (!(progress >= 0 && progress <= 1)) {
      throw new IllegalArgumentException("progress " + progress + " is not in [0, 1]");
    }
  }

  /**
   * Why a job failed.
   *
   * @param field the input field at fault, or null when it was not the input
   * @param message what went wrong
   */
  public record JobError(String field, String message) {
  }
}
