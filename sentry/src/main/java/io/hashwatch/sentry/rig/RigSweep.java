package io.hashwatch.sentry.rig;

import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.sentry.gpus.GpuSnapshot;
import io.hashwatch.sentry.host.HostReading;
import io.hashwatch.sentry.outbox.Outbox;
import io.hashwatch.sentry.sweep.SweepSummary;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One reading of the rig: the machine, its GPUs and every program (all programs at once, each
 * within the poll timeout), joined by {@link RigReadings} and appended to the outbox, one entry per
 * device, all with the time the reading started.
 */
final class RigSweep implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(RigSweep.class.getName());

  /** Rigs run a handful of programs; more than this are polled in turns. */
  private static final int POLLERS = 4;

  private final RigReadings readings;
  private final Supplier<HostReading> host;
  private final Supplier<GpuSnapshot> gpus;
  private final Supplier<List<RigProgram>> programs;
  private final Outbox outbox;
  private final Duration timeout;
  private final Clock clock;
  private final ExecutorService pollers =
      Executors.newFixedThreadPool(
          POLLERS,
          runnable -> {
            Thread thread = new Thread(runnable, "program-poll");
            thread.setDaemon(true);
            return thread;
          });

  RigSweep(
      RigReadings readings,
      Supplier<HostReading> host,
      Supplier<GpuSnapshot> gpus,
      Supplier<List<RigProgram>> programs,
      Outbox outbox,
      Duration timeout,
      Clock clock) {
    this.readings = readings;
    this.host = host;
    this.gpus = gpus;
    this.programs = programs;
    this.outbox = outbox;
    this.timeout = timeout;
    this.clock = clock;
  }

  SweepSummary run() {
    long start = System.nanoTime();
    Instant time = clock.instant();
    Map<String, CompletableFuture<PollResult>> polls = new LinkedHashMap<>();
    for (RigProgram program : programs.get()) {
      polls.put(
          program.name(),
          CompletableFuture.supplyAsync(() -> poll(program), pollers)
              .completeOnTimeout(late(), timeout.toMillis() + 1000, TimeUnit.MILLISECONDS));
    }
    HostReading machine = host.get();
    GpuSnapshot cards = gpus.get();
    Map<String, PollResult> results = new LinkedHashMap<>();
    polls.forEach((name, poll) -> results.put(name, poll.join()));
    int ok = 0;
    int failed = 0;
    int unwritten = 0;
    for (RigEntry entry : readings.entries(machine, cards, results)) {
      if (entry.result() instanceof Reading) {
        ok++;
      } else {
        failed++;
      }
      try {
        outbox.append(time, entry.address(), entry.kind(), entry.result());
      } catch (IOException | RuntimeException e) {
        if (unwritten++ == 0) {
          LOG.log(
              System.Logger.Level.ERROR,
              "the outbox cannot store the rig's readings; they are lost until it can: " + e);
        }
      }
    }
    try {
      outbox.sync();
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "the outbox cannot sync its file to disk: " + e);
    }
    return new SweepSummary(
        time, Duration.ofNanos(System.nanoTime() - start), ok, failed, unwritten, outbox.backlog());
  }

  private PollResult poll(RigProgram program) {
    try {
      return program.adapter().poll(program.config().endpoint(), timeout);
    } catch (RuntimeException e) {
      // Adapters never throw for what a program does; this is a fault of the adapter itself.
      LOG.log(System.Logger.Level.ERROR, "polling " + program.name() + " failed", e);
      return Rejected.because("the sentry failed to poll this program: " + e);
    }
  }

  private PollResult late() {
    return Unreachable.because(
        String.format(
            Locale.ROOT, "no complete answer within %.1f s", timeout.toMillis() / 1000.0));
  }

  @Override
  public void close() {
    pollers.shutdownNow();
  }
}
