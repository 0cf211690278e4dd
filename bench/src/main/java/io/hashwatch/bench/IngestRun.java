package io.hashwatch.bench;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;

/** Runs all simulated sentries at once through warm-up and the measured window. */
final class IngestRun {
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

  private final URI commander;
  private final int batchSize;
  private final Duration requestTimeout;
  private final CpuMeter cpu;
  private final PrintStream out;
  private final Runnable atMeasureStart;

  /** {@code atMeasureStart} runs when the measured window opens (to start a profile, say). */
  IngestRun(
      URI commander,
      int batchSize,
      Duration requestTimeout,
      CpuMeter cpu,
      PrintStream out,
      Runnable atMeasureStart) {
    this.commander = commander;
    this.batchSize = batchSize;
    this.requestTimeout = requestTimeout;
    this.cpu = cpu;
    this.out = out;
    this.atMeasureStart = atMeasureStart;
  }

  IngestResult run(
      List<SentryLogin> sentries, List<ReadingFeed> feeds, Duration warmUp, Duration measured)
      throws InterruptedException, ExecutionException, TimeoutException {
    ExecutorService threads = Executors.newFixedThreadPool(sentries.size());
    try {
      LongAdder acknowledged = new LongAdder();
      MeasuredWindow window = MeasuredWindow.startingNow(warmUp, measured);
      List<Future<SentryTally>> running = new ArrayList<>();
      for (SentryLogin sentry : sentries) {
        running.add(
            threads.submit(
                new SimulatedSentry(
                    sentry,
                    feeds.get(sentry.index()),
                    batchSize,
                    commander,
                    requestTimeout,
                    window,
                    acknowledged)));
      }
      List<Double> rates = new ArrayList<>();
      CpuMeter.Sample[] samples = watch(window, acknowledged, rates);
      List<SentryTally> tallies = new ArrayList<>();
      long limit = window.end() + requestTimeout.toNanos() + Duration.ofSeconds(30).toNanos();
      for (Future<SentryTally> sentry : running) {
        tallies.add(sentry.get(Math.max(1, limit - System.nanoTime()), TimeUnit.NANOSECONDS));
      }
      return new IngestResult(
          tallies,
          window.measuredSeconds(),
          LatencyStats.of(LatencyLog.merge(tallies.stream().map(SentryTally::latencies).toList())),
          CpuMeter.between(samples[0], samples[1]),
          rates.stream().mapToDouble(Double::doubleValue).min().orElse(0),
          rates.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    } finally {
      threads.shutdownNow();
    }
  }

  /**
   * Prints the rate every 10 s until the window ends, and samples the CPU at the start and the end
   * of the measured window; {@code rates} gets the rate of each whole interval in that window.
   */
  private CpuMeter.Sample[] watch(MeasuredWindow window, LongAdder acknowledged, List<Double> rates)
      throws InterruptedException {
    CpuMeter.Sample[] samples = new CpuMeter.Sample[2];
    if (window.measureFrom() == window.start()) {
      atMeasureStart.run();
      samples[0] = cpu.sample();
    }
    long tick = window.start();
    long before = 0;
    while (true) {
      long next = Math.min(tick + PROGRESS_EVERY.toNanos(), nextEdge(window, tick));
      sleepUntil(next);
      long now = acknowledged.sum();
      double rate = (now - before) / ((next - tick) / 1e9);
      boolean measuring = tick >= window.measureFrom();
      out.printf(
          "  %5.0f s  %-8s %,10.0f readings/s  (%,d acknowledged)%n",
          (next - window.start()) / 1e9, measuring ? "measured" : "warm-up", rate, now);
      if (measuring && next - tick >= PROGRESS_EVERY.toNanos() / 2) {
        rates.add(rate);
      }
      if (next == window.measureFrom()) {
        atMeasureStart.run();
        samples[0] = cpu.sample();
      }
      if (next == window.end()) {
        samples[1] = cpu.sample();
        return samples;
      }
      tick = next;
      before = now;
    }
  }

  private static long nextEdge(MeasuredWindow window, long after) {
    return after < window.measureFrom() ? window.measureFrom() : window.end();
  }

  private static void sleepUntil(long nanos) throws InterruptedException {
    long left;
    while ((left = nanos - System.nanoTime()) > 0) {
      TimeUnit.NANOSECONDS.sleep(left);
    }
  }
}
