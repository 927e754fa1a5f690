package org.smartpick.app.service.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smartpick.app.service.InvalidInputException;

/** The bounded job registry: results, failures, cancel, capacity and expiry. */
class JobRegistryTest {
  private final MutableClock clock = new MutableClock();
  private final JobRegistry registry = new JobRegistry(3, Duration.ofMinutes(5), 1, clock);

  @AfterEach
  void close() {
    registry.close();
  }

  private JobSnapshot awaitFinished(String id) throws InterruptedException {
    JobSnapshot job = registry.find(id).orElseThrow();
    while (!job.status().finished()) {
      job = registry.awaitChange(id, job.revision(), Duration.ofSeconds(5)).orElseThrow();
    }
    return job;
  }

  @Test
  void aJobReportsProgressAndKeepsItsResult() throws InterruptedException {
    JobSnapshot submitted = registry.submit("sum", progress -> {
      progress.report(0.5, "half way");
      return 42;
    });
    JobSnapshot done = awaitFinished(submitted.id());
    assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(done.result()).contains(42);
    assertThat(done.progress()).isEqualTo(1.0);
    assertThat(done.expiresAt()).contains(clock.instant().plus(Duration.ofMinutes(5)));
  }

  @Test
  void badInputFailsTheJobNamingTheField() throws InterruptedException {
    JobSnapshot submitted = registry.submit("bad", progress -> {
      throw new InvalidInputException("budget", "'-1' must be >= 0");
    });
    JobSnapshot done = awaitFinished(submitted.id());
    assertThat(done.status()).isEqualTo(JobStatus.FAILED);
    assertThat(done.error().orElseThrow().field()).isEqualTo("budget");
  }

  @Test
  void unexpectedErrorsDoNotLeakTheirMessage() throws InterruptedException {
    JobSnapshot submitted = registry.submit("broken", progress -> {
      throw new IllegalStateException("secret internal detail");
    });
    assertThat(awaitFinished(submitted.id()).error().orElseThrow().message())
        .doesNotContain("secret").contains("internal error");
  }

  @Test
  void cancellingStopsARunningJob() throws InterruptedException {
    CountDownLatch running = new CountDownLatch(1);
    JobSnapshot submitted = registry.submit("slow", progress -> {
      running.countDown();
      while (true) {
        progress.checkCancelled();
        Thread.sleep(5);
      }
    });
    assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
    registry.cancel(submitted.id());
    assertThat(awaitFinished(submitted.id()).status()).isEqualTo(JobStatus.CANCELLED);
  }

  @Test
  void aFullRegistryRefusesNewJobsUntilOneFinishes() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    for (int i = 0; i < 3; i++) {
      registry.submit("wait", progress -> release.await(30, TimeUnit.SECONDS));
    }
    assertThatThrownBy(() -> registry.submit("one too many", progress -> 1))
        .isInstanceOf(JobRegistryFullException.class).hasMessageContaining("3 jobs");
    release.countDown();
    JobSnapshot fourth = null;
    for (int attempt = 0; attempt < 200 && fourth == null; attempt++) {
      try {
        fourth = registry.submit("after", progress -> 1);
      } catch (JobRegistryFullException stillFull) {
        Thread.sleep(10);
      }
    }
    assertThat(fourth).isNotNull();
    assertThat(registry.size()).isLessThanOrEqualTo(3);
  }

  @Test
  void finishedJobsExpireAfterTheRetention() throws InterruptedException {
    String id = registry.submit("quick", progress -> 1).id();
    awaitFinished(id);
    clock.advance(Duration.ofMinutes(4));
    assertThat(registry.find(id)).isPresent();
    clock.advance(Duration.ofMinutes(2));
    assertThat(registry.find(id)).isEmpty();
  }

  /** A clock tests move by hand. */
  private static final class MutableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
