package io.hashwatch.bench;

import java.io.PrintStream;
import java.util.Locale;

/** The result table, and one RESULT line of key=value pairs for scripts. */
final class Summary {
  private Summary() {}

  static void print(
      PrintStream out, Setup setup, IngestResult ingest, RowCheck.Outcome check, CopyResult copy) {
    double ratio = copy.rowsPerSecond() > 0 ? ingest.readingsPerSecond() / copy.rowsPerSecond() : 0;
    out.println();
    out.printf(
        "%-34s %12s %9s %8s %8s %8s %8s%n",
        "", "readings/s", "requests", "p50 ms", "p99 ms", "max ms", "failed");
    out.printf(
        "%-34s %,12.0f %,9d %8.1f %8.1f %8.1f %,8d%n",
        "ingest over HTTP (measured window)",
        ingest.readingsPerSecond(),
        ingest.latency().count(),
        ingest.latency().p50Millis(),
        ingest.latency().p99Millis(),
        ingest.latency().maxMillis(),
        ingest.failures());
    out.printf(
        "%-34s %,12.0f %,9d %8.1f %8.1f %8.1f %8s%n",
        "COPY of the same rows (per chunk)",
        copy.rowsPerSecond(),
        copy.chunks(),
        copy.latency().p50Millis(),
        copy.latency().p99Millis(),
        copy.latency().maxMillis(),
        "-");
    out.printf("ratio ingest/COPY: %.2f%n", ratio);
    out.printf(
        "10 s intervals of the measured window: %,.0f to %,.0f readings/s%n",
        ingest.slowestInterval(), ingest.fastestInterval());
    out.printf(
        "rows: %,d in reading for %,d acknowledged entries (%s); COPY wrote %,d rows in %.1f s%s%n",
        check.rows(),
        check.acknowledged(),
        check.passed() ? "match: no loss, no doubles" : "MISMATCH",
        copy.rows(),
        copy.seconds(),
        copy.complete() ? "" : " (stopped at the time limit)");
    check.problems().forEach(problem -> out.println("  problem: " + problem));
    printCpu(out, "CPU, measured window of the ingest", ingest.cpu());
    printCpu(out, "CPU, COPY", copy.cpu());
    out.println(
        String.format(
            Locale.ROOT,
            "RESULT sentries=%d batch=%d devices=%d warmup_s=%d measured_s=%d ingest_rps=%.0f"
                + " p50_ms=%.1f p99_ms=%.1f max_ms=%.1f failed=%d copy_rps=%.0f copy_chunk=%d"
                + " ratio=%.3f rows_match=%s",
            setup.sentries(),
            setup.batchSize(),
            setup.devices(),
            setup.warmUp().toSeconds(),
            setup.measured().toSeconds(),
            ingest.readingsPerSecond(),
            ingest.latency().p50Millis(),
            ingest.latency().p99Millis(),
            ingest.latency().maxMillis(),
            ingest.failures(),
            copy.rowsPerSecond(),
            setup.copyChunk(),
            ratio,
            check.passed()));
  }

  private static void printCpu(PrintStream out, String what, CpuMeter.Usage cpu) {
    out.printf(
        "%s, in cores of %d: driver %.2f, commander %.2f, PostgreSQL %.2f, other %.2f,"
            + " idle %.2f%n",
        what, cpu.cores(), cpu.driver(), cpu.commander(), cpu.postgres(), cpu.other(), cpu.idle());
  }
}
