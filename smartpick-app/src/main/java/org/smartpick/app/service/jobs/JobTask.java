package org.smartpick.app.service.jobs;

/**
 * The work of one job. It should report progress now and then and call
 * {@link JobProgress#checkCancelled()} between steps.
 *
 * @param <R> the result (serialized as JSON by the web API)
 */
@FunctionalInterface
public interface JobTask<R> {

  /** Runs the job; an exception fails it with the exception's message. */
  R run(JobProgress progress) throws Exception;
}
