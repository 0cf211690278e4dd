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
 * expiry, and restarts do not shift the runs.
 */
public final class FarmTimer {
  private static final long SHORTEST_MILLIS = 1_000;

  private FarmTimer() {}

  /**
   * Starts {@code timers}' interval timer named {@code name}, every {@code every} (1 s at least).
   */
  public static void start(TimerService timers, Duration every, String name) {
    long period = Math.max(SHORTEST_MILLIS, every.toMillis());
    timers.createIntervalTimer(
        firstDelay(period, Instant.now()), period, new TimerConfig(name, false));
  }

  /** Milliseconds from {@code now} to the next whole multiple of {@code period} since the epoch. */
  static long firstDelay(long period, Instant now) {
    return period - Math.floorMod(now.toEpochMilli(), period);
  }
}
