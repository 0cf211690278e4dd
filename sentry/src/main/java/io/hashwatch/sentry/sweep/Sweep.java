package io.hashwatch.sentry.sweep;

import io.hashwatch.protocols.miner.DriverRegistry;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.sentry.outbox.Outbox;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One poll of every watched device, at most {@code concurrency} at once. Each poll has the sweep's
 * timeout in all: when it is not done by then its result is "unreachable" and the sweep moves on,
 * while the late poll still holds its slot until its own socket timeouts end it. Results go to the
 * outbox as they come, from one thread, and the outbox is synced when the last one is in.
 */
public final class Sweep implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Sweep.class.getName());

  private final WatchedDevices devices;
  private final DriverRegistry registry;
  private final Outbox outbox;
  private final Duration timeout;
  private final Clock clock;
  private final Semaphore slots;
  private final ThreadPoolExecutor pollers;
  private final ExecutorService writer;

  /** One device's poll as the sweep runs it. */
  private record Poll(String address, DeviceKind kind, Supplier<PollResult> action) {}

  public Sweep(
      WatchedDevices devices,
      DriverRegistry registry,
      Outbox outbox,
      int concurrency,
      Duration timeout,
      Clock clock) {
    this.devices = devices;
    this.registry = registry;
    this.outbox = outbox;
    this.timeout = timeout;
    this.clock = clock;
    this.slots = new Semaphore(concurrency);
    this.pollers =
        new ThreadPoolExecutor(
            concurrency,
            concurrency,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            daemon("poll"));
    pollers.allowCoreThreadTimeOut(true);
    this.writer = Executors.newSingleThreadExecutor(daemon("outbox-writer"));
  }

  /** Polls every device once and syncs the outbox; returns when every result is written. */
  public SweepSummary run() throws InterruptedException {
    long start = System.nanoTime();
    Instant started = clock.instant();
    List<Poll> polls = polls();
    CountDownLatch written = new CountDownLatch(polls.size());
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger unwritten = new AtomicInteger();
    for (Poll poll : polls) {
      slots.acquire();
      Instant time = clock.instant();
      try {
        CompletableFuture.supplyAsync(() -> guarded(poll), pollers)
            .completeOnTimeout(late(), timeout.toMillis(), TimeUnit.MILLISECONDS)
            .thenAcceptAsync(
                result -> {
                  try {
                    if (result instanceof Reading) {
                      ok.incrementAndGet();
                    }
                    write(time, poll, result, unwritten);
                  } finally {
                    written.countDown();
                  }
                },
                writer);
      } catch (RejectedExecutionException closing) {
        slots.release();
        written.countDown();
      }
    }
    written.await();
    sync();
    return new SweepSummary(
        started,
        Duration.ofNanos(System.nanoTime() - start),
        ok.get(),
        polls.size() - ok.get(),
        unwritten.get(),
        outbox.backlog());
  }

  private List<Poll> polls() {
    List<Poll> polls = new ArrayList<>();
    for (WatchedMiner miner : devices.miners()) {
      polls.add(new Poll(miner.address(), DeviceKind.ASIC, () -> miner.poll(registry)));
    }
    for (WatchedRelay relay : devices.relays()) {
      polls.add(new Poll(relay.address(), DeviceKind.RELAY, relay::poll));
    }
    return polls;
  }

  private PollResult guarded(Poll poll) {
    try {
      return poll.action().get();
    } catch (RuntimeException e) {
      // Drivers never throw for what a device does; this is a fault of the driver itself.
      LOG.log(System.Logger.Level.ERROR, "polling " + poll.address() + " failed", e);
      return Rejected.because("the sentry failed to poll this device: " + e);
    } finally {
      slots.release();
    }
  }

  private PollResult late() {
    return Unreachable.because(
        String.format(
            Locale.ROOT, "no complete answer within %.1f s", timeout.toMillis() / 1000.0));
  }

  private void write(Instant time, Poll poll, PollResult result, AtomicInteger unwritten) {
    try {
      outbox.append(time, poll.address(), poll.kind(), result);
    } catch (IOException | RuntimeException e) {
      if (unwritten.getAndIncrement() == 0) {
        LOG.log(
            System.Logger.Level.ERROR,
            "the outbox cannot store poll results; they are lost until it can: " + e);
      }
    }
  }

  private void sync() {
    try {
      outbox.sync();
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "the outbox cannot sync its file to disk: " + e);
    }
  }

  /** Stops the pollers; a sweep still running is cut short. */
  @Override
  public void close() {
    pollers.shutdownNow();
    writer.shutdown();
  }

  static ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
