package io.hashwatch.bench;

import java.time.Duration;

/**
 * The time line of the load, in {@link System#nanoTime()}: warm-up from {@code start}, the measured
 * window from {@code measureFrom} to {@code end}; no request is sent after {@code end}.
 */
record MeasuredWindow(long start, long measureFrom, long end) {

  static MeasuredWindow startingNow(Duration warmUp, Duration measured) {
    long now = System.nanoTime();
    return new MeasuredWindow(now, now + warmUp.toNanos(), now + (warmUp.plus(measured)).toNanos());
  }

  boolean measures(long nanos) {
    return nanos >= measureFrom && nanos < end;
  }

  boolean over(long nanos) {
    return nanos >= end;
  }

  double measuredSeconds() {
    return (end - measureFrom) / 1e9;
  }
}
