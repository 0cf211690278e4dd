package io.hashwatch.bench;

import java.io.PrintStream;
import java.util.Locale;

/** The result table, and one RESULT line of key=value pairs for scripts. */
final class Summary {
  /** Cores taken by other processes above which a result is flagged as disturbed. */
  private static final double BUSY_ELSEWHERE = 0.25;

  private Summary() {}

  static void print(
      PrintStream out, Setup setup, IngestResult ingest, RowCheck.Outcome check, CopyResult copy) {
    double ratio = copy.rowsPerSecond() > 0 ? ingest.readingsPerSecond() / copy.rowsPerSecond() : 0;
    out.println();
    out.println("commander: " + setup.commander() + "; database: " + setup.postgres());
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
    out.printf(
        "CPU per reading: ingest: commander %.1f us, PostgreSQL %.1f us, driver %.1f us;"
            + " COPY: PostgreSQL %.1f us, driver %.1f us%n",
        perReading(ingest.cpu().commander(), ingest.readingsPerSecond()),
        perReading(ingest.cpu().postgres(), ingest.readingsPerSecond()),
        perReading(ingest.cpu().driver(), ingest.readingsPerSecond()),
        perReading(copy.cpu().postgres(), copy.rowsPerSecond()),
        perReading(copy.cpu().driver(), copy.rowsPerSecond()));
    if (ingest.cpu().other() > BUSY_ELSEWHERE || copy.cpu().other() > BUSY_ELSEWHERE) {
      out.printf(
          "WARNING: other work on this machine took %.2f cores (ingest) and %.2f cores (COPY):"
              + " these rates understate what the commander and PostgreSQL do alone%n",
          ingest.cpu().other(), copy.cpu().other());
    }
    out.println(
        String.format(
            Locale.ROOT,
            "RESULT sentries=%d batch=%d devices=%d warmup_s=%d measured_s=%d ingest_rps=%.0f"
                + " p50_ms=%.1f p99_ms=%.1f max_ms=%.1f failed=%d copy_rps=%.0f copy_chunk=%d"
                + " ratio=%.3f rows_match=%s other_cores=%.2f copy_other_cores=%.2f",
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
            check.passed(),
            ingest.cpu().other(),
            copy.cpu().other()));
  }

  /** Microseconds of CPU per reading for {@code cores} busy at {@code perSecond} readings/s. */
  private static double perReading(double cores, double perSecond) {
    return perSecond <= 0 ? 0 : cores / perSecond * 1e6;
  }

  private static void printCpu(PrintStream out, String what, CpuMeter.Usage cpu) {
    out.printf(
        "%s, in cores of %d: driver %.2f, commander %.2f, PostgreSQL %.2f, other %.2f,"
            + " idle %.2f%n",
        what, cpu.cores(), cpu.driver(), cpu.commander(), cpu.postgres(), cpu.other(), cpu.idle());
  }
}
