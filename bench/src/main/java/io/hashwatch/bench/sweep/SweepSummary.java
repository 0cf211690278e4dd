package io.hashwatch.bench.sweep;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The trials side by side, as a Markdown table, then what did not give a reading and why. */
final class SweepSummary {
  static final double GOAL_SECONDS = 10;
  static final double GOAL_RATIO = 0.3;

  private SweepSummary() {}

  static void print(PrintWriter out, List<Trial.Result> results) {
    out.println();
    out.println(
        "| C | raw median / worst s | raw miners/s | driver median / worst s | driver polls/s"
            + " | connections per poll | driver/raw | CPU s per sweep raw / driver (simulator's part) | GC ms | heap max MB | non-readings"
            + " | load before -> after |");
    out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (Trial.Result result : results) {
      out.printf(
          Locale.ROOT,
          "| %d | %.3f / %.3f | %.0f | %.3f / %.3f | %.0f | %.2f | %.3f | %.2f / %.2f (%.2f / %.2f) | %d | %d | %d | %s -> %s |%n",
          result.concurrency(),
          result.raw().medianSeconds(),
          result.raw().worstSeconds(),
          result.raw().medianRate(),
          result.driver().medianSeconds(),
          result.driver().worstSeconds(),
          result.driver().medianRate(),
          result.driverConnectionsPerPoll(),
          result.driver().rateRatio(result.raw()),
          result.rawCpuSeconds(),
          result.driverCpuSeconds(),
          result.rawSimulatorCpuSeconds(),
          result.driverSimulatorCpuSeconds(),
          result.gcMillis(),
          result.heapMaxBytes() >> 20,
          result.nonReadings().total(),
          result.loadBefore(),
          result.loadAfter());
    }
    out.println();
    for (Trial.Result result : results) {
      out.printf(
          Locale.ROOT,
          "C=%d: driver sweep of %d miners %s the %.0f s goal (median %.3f s, worst %.3f s);"
              + " driver/raw %.3f %s the %.1f goal; raw failures %d, non-readings %d%n",
          result.concurrency(),
          result.driver().miners(),
          result.driver().worstSeconds() <= GOAL_SECONDS ? "meets" : "misses",
          GOAL_SECONDS,
          result.driver().medianSeconds(),
          result.driver().worstSeconds(),
          result.driver().rateRatio(result.raw()),
          result.driver().rateRatio(result.raw()) >= GOAL_RATIO ? "meets" : "misses",
          GOAL_RATIO,
          result.rawFailures(),
          result.nonReadings().total());
      result
          .nonReadings()
          .byCount()
          .forEach((reason, count) -> out.println("  non-reading x" + count + ": " + reason));
    }
  }
}
