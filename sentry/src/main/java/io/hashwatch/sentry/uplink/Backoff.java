package io.hashwatch.sentry.uplink;

import java.time.Duration;
import java.util.Random;

/**
 * How long to wait before trying again: {@code first}, doubling with each failure up to {@code
 * max}, each wait drawn between half and all of that ("equal jitter"), so that the sentries of a
 * farm do not all come back at the same moment after a commander outage.
 */
final class Backoff {
  private final Duration first;
  private final Duration max;
  private final Random random;
  private int failures;

  Backoff(Duration first, Duration max, Random random) {
    if (first.isZero() || first.isNegative() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("a backoff needs 0 < first <= max");
    }
    this.first = first;
    this.max = max;
    this.random = random;
  }

  /** The wait after one more failure. */
  synchronized Duration next() {
    long ceiling = ceiling(failures++);
    long half = ceiling / 2;
    return Duration.ofMillis(half + (long) (random.nextDouble() * (ceiling - half + 1)));
  }

  /** The longest wait, in millis, after {@code failures} earlier failures. */
  long ceiling(int failures) {
    long millis = first.toMillis();
    for (int i = 0; i < failures && millis < max.toMillis(); i++) {
      millis *= 2;
    }
    return Math.min(millis, max.toMillis());
  }

  synchronized void reset() {
    failures = 0;
  }

  Duration max() {
    return max;
  }
}
