package io.hashwatch.bench;

/**
 * The COPY phase.
 *
 * @param rows rows copied (and counted back in the scratch table)
 * @param chunks COPY statements run, each its own transaction
 * @param latency duration of each COPY statement
 * @param complete whether every delivered row was copied within the time limit
 */
record CopyResult(
    long rows,
    long chunks,
    double seconds,
    LatencyStats latency,
    CpuMeter.Usage cpu,
    boolean complete) {

  double rowsPerSecond() {
    return rows / seconds;
  }
}
