package org.smartpick.app.service.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.smartpick.app.service.InvalidInputException;
import org.smartpick.app.service.jobs.JobSnapshot.JobError;

/**
 * Long-running jobs with an id, status, progress in [0, 1], a message, a result, cancel and
 * expiry. Bounded: at most {@code capacity} jobs are held at once; finished jobs are forgotten
 * {@code retention} after they finish, or earlier (oldest first) to make room; when every slot
 * holds an unfinished job, {@link #submit} refuses with {@link JobRegistryFullException}. Jobs run
 * on {@code workers} daemon threads, in submission order.
 *
 * <p>Thread-safe: one lock guards the table; watchers wait on it for changes. Close it to stop
 * the workers.
 */
public final class JobRegistry implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(JobRegistry.class.getName());
  private final int capacity;
  private final Duration retention;
  private final Clock clock;
  private final ExecutorService workers;
  private final Map<String, Job> jobs = new LinkedHashMap<>();

  /**
   * @param capacity most jobs held at once, finished or not (at least 1)
   * @param retention how long a finished job is kept (positive)
   * @param workers threads running jobs (at least 1)
   * @param clock time source for expiry
   */
  public JobRegistry(int capacity, Duration retention, int workers, Clock clock) {
    if (capacity < 1 || workers < 1) {
      throw new IllegalArgumentException("capacity " + capacity + " and workers " + workers
          + " must be at least 1");
    }
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention " + retention + " must be positive");
    }
    this.capacity = capacity;
    this.retention = retention;
    this.clock = clock;
    AtomicInteger count = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(workers, runnable -> {
      Thread thread = new Thread(runnable, "smartpick-job-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Most jobs held at once. */
  public int capacity() {
    return capacity;
  }

  /**
   * Queues a job.
   *
   * @throws JobRegistryFullException when every slot holds an unfinished job
   */
  public JobSnapshot submit(String kind, JobTask<?> task) {
    Job job;
    synchronized (this) {
      purgeExpired();
      if (jobs.size() >= capacity) {
        evictOldestFinished();
      }
      if (jobs.size() >= capacity) {
        throw new JobRegistryFullException(capacity);
      }
      job = new Job(UUID.randomUUID().toString(), kind, clock.instant());
      jobs.put(job.id, job);
      job.future = workers.submit(() -> run(job, task));
      return job.snapshot();
    }
  }

  /** The job's state, if it is known (not expired). */
  public synchronized Optional<JobSnapshot> find(String id) {
    purgeExpired();
    return Optional.ofNullable(jobs.get(id)).map(Job::snapshot);
  }

  /**
   * Asks a job to stop. A queued job is cancelled at once; a running one when it next checks (its
   * thread is also interrupted). A finished job is left as it is.
   *
   * @return the job's state after the request, or empty when it is unknown
   */
  public Optional<JobSnapshot> cancel(String id) {
    synchronized (this) {
      purgeExpired();
      Job job = jobs.get(id);
      if (job == null) {
        return Optional.empty();
      }
      if (!job.status.finished()) {
        job.cancelRequested = true;
        if (job.status == JobStatus.QUEUED) {
          finish(job, JobStatus.CANCELLED, "cancelled before it started", null, null);
        }
        job.future.cancel(true);
      }
      return Optional.of(job.snapshot());
    }
  }

  /**
   * Waits until the job's revision differs from {@code seenRevision}, or the timeout passes.
   *
   * @return the job's latest state, or empty when it is unknown
   */
  public synchronized Optional<JobSnapshot> awaitChange(String id, long seenRevision,
      Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Job job = jobs.get(id);
    while (job != null && job.revision == seenRevision) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      wait(Math.max(1, left / 1_000_000));
      job = jobs.get(id);
    }
    return Optional.ofNullable(job).map(Job::snapshot);
  }

  /** How many jobs are held now (finished ones included until they expire). */
  public synchronized int size() {
    purgeExpired();
    return jobs.size();
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  private void run(Job job, JobTask<?> task) {
    synchronized (this) {
      if (job.status != JobStatus.QUEUED) {
        return;
      }
      job.status = JobStatus.RUNNING;
      job.message = "running";
      changed(job);
    }
    try {
      Object result = task.run(new Progress(job));
      synchronized (this) {
        if (job.cancelRequested) {
          finish(job, JobStatus.CANCELLED, "cancelled", null, null);
        } else {
          finish(job, JobStatus.SUCCEEDED, "done", result, null);
        }
      }
    } catch (CancellationException | InterruptedException e) {
      synchronized (this) {
        finish(job, JobStatus.CANCELLED, "cancelled", null, null);
      }
    } catch (InvalidInputException e) {
      synchronized (this) {
        finish(job, JobStatus.FAILED, "failed", null, new JobError(e.field(), e.detail()));
      }
    } catch (Exception | StackOverflowError e) {
      synchronized (this) {
        if (job.cancelRequested) {
          // Work interrupted by the cancellation may fail in any way; that is no error.
          finish(job, JobStatus.CANCELLED, "cancelled", null, null);
        } else {
          if (!(e instanceof IllegalArgumentException)) {
            LOG.log(System.Logger.Level.WARNING, "job " + job.id + " (" + job.kind + ") failed",
                e);
          }
          String why = e instanceof IllegalArgumentException && e.getMessage() != null
              ? e.getMessage() : "internal error (details are in the server log)";
          finish(job, JobStatus.FAILED, "failed", null, new JobError(null, why));
        }
      }
    }
  }

  // Callers hold the lock.
  private void finish(Job job, JobStatus status, String message, Object result, JobError error) {
    if (job.status.finished()) {
      return;
    }
    job.status = status;
    job.message = message;
    job.result = result;
    job.error = status == JobStatus.FAILED ? error : null;
    if (status == JobStatus.SUCCEEDED) {
      job.progress = 1;
    }
    job.expiresAt = clock.instant().plus(retention);
    changed(job);
  }

  private void changed(Job job) {
    job.revision++;
    notifyAll();
  }

  private void purgeExpired() {
    Instant now = clock.instant();
    jobs.values().removeIf(job -> job.expiresAt != null && !job.expiresAt.isAfter(now));
  }

  private void evictOldestFinished() {
    Iterator<Job> oldestFirst = jobs.values().iterator();
    while (oldestFirst.hasNext()) {
      if (oldestFirst.next().status.finished()) {
        oldestFirst.remove();
        return;
      }
    }
  }

  /** One job's mutable state; guarded by the registry's lock. */
  private static final class Job {
    final String id;
    final String kind;
    final Instant createdAt;
    JobStatus status = JobStatus.QUEUED;
    double progress;
    String message = "queued";
    Object result;
    JobError error;
    Instant expiresAt;
    boolean cancelRequested;
    long revision;
    Future<?> future;

    Job(String id, String kind, Instant createdAt) {
      this.id = id;
      this.kind = kind;
      this.createdAt = createdAt;
    }

    JobSnapshot snapshot() {
      return new JobSnapshot(id, kind, status, progress, message, Optional.ofNullable(result),
          Optional.ofNullable(error), createdAt, Optional.ofNullable(expiresAt), revision);
    }
  }

  /** The running job's view of itself. */
  private final class Progress implements JobProgress {
    private final Job job;

    Progress(Job job) {
      this.job = job;
    }

    @Override
    public void report(double fraction, String message) {
      if (!(fraction >= 0 && fraction <= 1)) {
        throw new IllegalArgumentException("progress " + fraction + " is not in [0, 1]");
      }
      synchronized (JobRegistry.this) {
        if (!job.status.finished()) {
          job.progress = Math.max(job.progress, fraction);
          job.message = message;
          changed(job);
        }
      }
    }

    @Override
    public boolean cancelRequested() {
      synchronized (JobRegistry.this) {
        return job.cancelRequested;
      }
    }
  }
}
