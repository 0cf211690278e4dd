package io.hashwatch.commander.notify;

import java.time.Duration;

/**
 * When to try a failed notification again: {@code first} after the first failure, doubling with
 * each one up to {@code max}; a receiver's own retry_after wins (also bounded by {@code max}).
 */
public record Backoff(Duration first, Duration max) {
  public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(30));

  public Backoff {
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("back-off needs 0 < first <= max");
    }
  }

  /** The wait after the {@code failures}-th failure (1 for the first). */
  public Duration after(int failures, Duration retryAfter) {
    if (retryAfter != null) {
      return retryAfter.compareTo(max) > 0 ? max : retryAfter;
    }
    Duration wait = first;
    for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(max) > 0 ? max : wait;
  }
}
