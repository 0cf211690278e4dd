package io.hashwatch.bench.sweep;

import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;

/**
 * The sweeps at one concurrency: a warm-up of each kind, then raw and driver sweeps taken in turn,
 * so that a change of the machine's load falls on both alike.
 */
final class Trial {
  private final Farm farm;
  private final RawRequest raw;
  private final PrintWriter out;

  Trial(Farm farm, RawRequest raw, PrintWriter out) {
    this.farm = farm;
    this.raw = raw;
    this.out = out;
  }

  /**
   * @param rawCpuSeconds the process's CPU time per raw sweep, at the median
   * @param rawSimulatorCpuSeconds the part of it the simulator's thread used, at the median
   * @param driverConnectionsPerPoll TCP connections opened per poll, at the median sweep
   * @param heapMaxBytes the most heap seen in use after a sweep
   */
  record Result(
      int concurrency,
      SweepStats raw,
      SweepStats driver,
      double rawCpuSeconds,
      double driverCpuSeconds,
      double rawSimulatorCpuSeconds,
      double driverSimulatorCpuSeconds,
      double driverConnectionsPerPoll,
      long gcMillis,
      long heapMaxBytes,
      int rawFailures,
      ReasonTally nonReadings,
      String loadBefore,
      String loadAfter) {}

  Result run(int concurrency, int repeats, int warmUps) throws InterruptedException {
    String loadBefore = ProcessMeter.loadAverage();
    long[] rawNanos = new long[repeats];
    long[] driverNanos = new long[repeats];
    long[] rawCpu = new long[repeats];
    long[] driverCpu = new long[repeats];
    long[] driverOpens = new long[repeats];
    long[] rawSimulatorCpu = new long[repeats];
    long[] driverSimulatorCpu = new long[repeats];
    ReasonTally nonReadings = new ReasonTally();
    ReasonTally rawFailures = new ReasonTally();
    long heapMax = 0;
    ProcessMeter.Sample first = ProcessMeter.sample();
    try (ParallelSweep sweep = new ParallelSweep(concurrency)) {
      for (int i = 0; i < warmUps; i++) {
        sweep.run(farm.addresses(), raw::summary);
        sweep.run(farm.polled(), Trial::poll);
      }
      for (int i = 0; i < repeats; i++) {
        ProcessMeter.Sample before = ProcessMeter.sample();
        ParallelSweep.Pass<RawRequest.Outcome> rawPass = sweep.run(farm.addresses(), raw::summary);
        ProcessMeter.Sample between = ProcessMeter.sample();
        ParallelSweep.Pass<PollResult> driverPass = sweep.run(farm.polled(), Trial::poll);
        ProcessMeter.Sample after = ProcessMeter.sample();
        rawPass.results().stream()
            .filter(outcome -> !outcome.ok())
            .forEach(outcome -> rawFailures.add(outcome.failure()));
        nonReadings.addAll(driverPass.results());
        rawNanos[i] = rawPass.nanos();
        driverNanos[i] = driverPass.nanos();
        rawCpu[i] = between.cpuNanos() - before.cpuNanos();
        driverCpu[i] = after.cpuNanos() - between.cpuNanos();
        driverOpens[i] = after.tcpOpensSince(between);
        rawSimulatorCpu[i] = between.simulatorCpuNanos() - before.simulatorCpuNanos();
        driverSimulatorCpu[i] = after.simulatorCpuNanos() - between.simulatorCpuNanos();
        heapMax = Math.max(heapMax, Math.max(between.heapUsed(), after.heapUsed()));
        print("raw", concurrency, i, rawPass.nanos(), farm.addresses().size(), before, between);
        print("driver", concurrency, i, driverPass.nanos(), farm.polled().size(), between, after);
        long readings = driverPass.results().stream().filter(r -> r instanceof Reading).count();
        out.printf(
            Locale.ROOT,
            "          raw failures %d, driver readings %d of %d%n",
            rawPass.results().stream().filter(outcome -> !outcome.ok()).count(),
            readings,
            farm.polled().size());
        out.flush();
      }
    }
    rawFailures
        .byCount()
        .forEach((reason, count) -> out.println("  raw failure x" + count + ": " + reason));
    return new Result(
        concurrency,
        SweepStats.of(farm.addresses().size(), rawNanos),
        SweepStats.of(farm.polled().size(), driverNanos),
        SweepStats.median(sorted(rawCpu)) / 1e9,
        SweepStats.median(sorted(driverCpu)) / 1e9,
        SweepStats.median(sorted(rawSimulatorCpu)) / 1e9,
        SweepStats.median(sorted(driverSimulatorCpu)) / 1e9,
        SweepStats.median(sorted(driverOpens)) / (double) Math.max(1, farm.polled().size()),
        ProcessMeter.sample().gcMillisSince(first),
        heapMax,
        rawFailures.total(),
        nonReadings,
        loadBefore,
        ProcessMeter.loadAverage());
  }

  /** A driver must never throw from poll; if one does, that is counted as a non-reading. */
  private static PollResult poll(Farm.Polled miner) {
    try {
      return miner.driver().poll(miner.target());
    } catch (RuntimeException e) {
      return Rejected.because("the " + miner.driver().firmware() + " driver threw " + e);
    }
  }

  private void print(
      String kind,
      int concurrency,
      int index,
      long nanos,
      int miners,
      ProcessMeter.Sample before,
      ProcessMeter.Sample after) {
    double seconds = nanos / 1e9;
    out.printf(
        Locale.ROOT,
        "  %-6s C=%-4d #%d %7.3f s %6.0f miners/s  %.2f connections each  cpu %5.2f s"
            + " (simulator %5.2f s)  gc %4d ms  heap %4d MB  load %s%n",
        kind,
        concurrency,
        index + 1,
        seconds,
        miners / seconds,
        after.tcpOpensSince(before) / (double) miners,
        after.cpuSecondsSince(before),
        after.simulatorCpuSecondsSince(before),
        after.gcMillisSince(before),
        after.heapUsed() >> 20,
        ProcessMeter.loadAverage());
  }

  private static long[] sorted(long[] values) {
    long[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }
}
