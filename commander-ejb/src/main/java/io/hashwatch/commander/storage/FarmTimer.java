package io.hashwatch.commander.storage;

import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.Duration;
import java.time.Instant;

/**
 * Starts the non-persistent interval timer of a once-per-farm job (one that works under a {@link
 * FarmLease}). Its runs fall on whole multiples of the period since the epoch: every node's timer
 * of a job fires at the same moments (a 30 s period at :00 and :30 of each minute, as a
 * {@code @Schedule} would), so a node taking a lease over does so at the first run after the
 * expiry, and restarts do not shift the runs. The lease each run takes lasts a number of the
 * periods the timer really runs at, so that its holder renews it before it lapses.
 */
public final class FarmTimer {
  private static final long SHORTEST_MILLIS = 1_000;

  private FarmTimer() {}

  /**
   * Starts {@code timers}' interval timer named {@code name}, every {@code every} (1 s at least).
   *
   * @return how long the lease of each run lasts: {@code leaseRuns} periods
   */
  public static Duration start(TimerService timers, Duration every, double leaseRuns, String name) {
    long period = period(every);
    timers.createIntervalTimer(
        firstDelay(period, Instant.now()), period, new TimerConfig(name, false));
    return lease(every, leaseRuns);
  }

  static Duration lease(Duration every, double leaseRuns) {
    return Duration.ofMillis(Math.round(period(every) * leaseRuns));
  }

  private static long period(Duration every) {
    return Math.max(SHORTEST_MILLIS, every.toMillis());
  }

  /** Milliseconds from {@code now} to the next whole multiple of {@code period} since the epoch. */
  static long firstDelay(long period, Instant now) {
    return period - Math.floorMod(now.toEpochMilli(), period);
  }
}
