package io.hashwatch.sentry.sweep;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs a sweep at every interval boundary, one at a time. A sweep that overruns its interval is
 * logged and the next starts right after it, on a new boundary: missed sweeps are not caught up.
 */
public final class SweepLoop implements Runnable {
  private static final System.Logger LOG = System.getLogger(SweepLoop.class.getName());

  private final Task sweep;
  private final Duration interval;
  private final Consumer<SweepSummary> afterSweep;
  private final CountDownLatch stopping = new CountDownLatch(1);
  private final AtomicReference<SweepSummary> latest = new AtomicReference<>();

  /**
   * @param afterSweep hears of each sweep once its results are in the outbox
   */
  /** One sweep: an ASIC sentry's {@link Sweep}, a rig sentry's reading of the rig. */
  @FunctionalInterface
  public interface Task {
    SweepSummary run() throws InterruptedException;
  }

  public SweepLoop(Task sweep, Duration interval, Consumer<SweepSummary> afterSweep) {
    this.sweep = sweep;
    this.interval = interval;
    this.afterSweep = afterSweep;
  }

  @Override
  public void run() {
    long next = System.nanoTime();
    try {
      while (stopping.getCount() > 0) {
        SweepSummary summary = sweep.run();
        latest.set(summary);
        LOG.log(System.Logger.Level.INFO, summary.describe());
        afterSweep.accept(summary);
        next += interval.toNanos();
        long now = System.nanoTime();
        if (now - next > 0) {
          LOG.log(
              System.Logger.Level.WARNING,
              "the sweep took {0} ms, longer than the interval of {1} s: the next starts now",
              summary.took().toMillis(),
              interval.toSeconds());
          next = now;
        }
        if (stopping.await(next - now, TimeUnit.NANOSECONDS)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Ends the loop: a sweep in progress finishes, no new one starts. */
  public void stop() {
    stopping.countDown();
  }

  /** The latest complete sweep, empty before the first. */
  public Optional<SweepSummary> latest() {
    return Optional.ofNullable(latest.get());
  }
}
