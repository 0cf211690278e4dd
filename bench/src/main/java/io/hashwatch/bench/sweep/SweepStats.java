package io.hashwatch.bench.sweep;

import java.util.Arrays;

/**
 * The durations of repeated sweeps over the same miners: the median says what a sweep usually
 * costs, the worst what a sentry must plan for.
 *
 * @param miners how many miners each sweep covered
 */
record SweepStats(int miners, long medianNanos, long worstNanos, long bestNanos, int sweeps) {

  static SweepStats of(int miners, long[] nanos) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("no sweeps to summarize");
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new SweepStats(
        miners, median(sorted), sorted[sorted.length - 1], sorted[0], sorted.length);
  }

  /** The middle value of sorted values; the mean of the two middle ones for an even count. */
  static long median(long[] sorted) {
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  double medianSeconds() {
    return medianNanos / 1e9;
  }

  double worstSeconds() {
    return worstNanos / 1e9;
  }

  /** Miners a second at the median sweep. */
  double medianRate() {
    return miners / medianSeconds();
  }

  /** This rate as a share of {@code other}'s, both at their median sweep. */
  double rateRatio(SweepStats other) {
    return medianRate() / other.medianRate();
  }
}
