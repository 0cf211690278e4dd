package io.hashwatch.bench;

import java.util.Arrays;

/**
 * p50, p99 and max of a set of durations, by the nearest-rank method: the p-th percentile is the
 * smallest value that at least p % of the values are at or below.
 *
 * @param count how many durations there were
 */
public record LatencyStats(int count, long p50Nanos, long p99Nanos, long maxNanos) {
  static final LatencyStats NONE = new LatencyStats(0, 0, 0, 0);

  public static LatencyStats of(long[] nanos) {
    if (nanos.length == 0) {
      return NONE;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new LatencyStats(
        sorted.length, percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1]);
  }

  /** The nearest-rank {@code percent}-th percentile of {@code sorted}, which is not empty. */
  static long percentile(long[] sorted, double percent) {
    if (percent <= 0 || percent > 100) {
      throw new IllegalArgumentException("percent must be in (0, 100], was " + percent);
    }
    int rank = (int) Math.ceil(percent / 100 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  public double p50Millis() {
    return p50Nanos / 1e6;
  }

  public double p99Millis() {
    return p99Nanos / 1e6;
  }

  public double maxMillis() {
    return maxNanos / 1e6;
  }
}
