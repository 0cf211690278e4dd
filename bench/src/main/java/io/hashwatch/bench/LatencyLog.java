package io.hashwatch.bench;

import java.util.Arrays;

/** The durations one thread measured, kept without boxing. Not thread-safe: one per thread. */
final class LatencyLog {
  private long[] nanos = new long[1024];
  private int size;

  void add(long duration) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = duration;
  }

  long[] values() {
    return Arrays.copyOf(nanos, size);
  }

  /** All durations of {@code logs} together. */
  static long[] merge(Iterable<LatencyLog> logs) {
    long[] all = new long[0];
    for (LatencyLog log : logs) {
      int from = all.length;
      all = Arrays.copyOf(all, from + log.size);
      System.arraycopy(log.nanos, 0, all, from, log.size);
    }
    return all;
  }
}
