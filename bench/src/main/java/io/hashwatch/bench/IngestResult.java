package io.hashwatch.bench;

import java.util.List;

/**
 * The load phase: what every sentry did, and the CPU the machine spent in the measured window.
 *
 * @param slowestInterval the lowest rate of the 10 s intervals in the measured window (readings/s)
 */
record IngestResult(
    List<SentryTally> tallies,
    double measuredSeconds,
    LatencyStats latency,
    CpuMeter.Usage cpu,
    double slowestInterval,
    double fastestInterval) {

  long measuredEntries() {
    return tallies.stream().mapToLong(SentryTally::measuredEntries).sum();
  }

  long acknowledged() {
    return tallies.stream().mapToLong(SentryTally::acknowledged).sum();
  }

  int failures() {
    return tallies.stream().mapToInt(SentryTally::failures).sum();
  }

  double readingsPerSecond() {
    return measuredEntries() / measuredSeconds;
  }
}
