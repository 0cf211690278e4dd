package io.hashwatch.sentry.asic;

import io.hashwatch.protocols.miner.DriverRegistry;
import io.hashwatch.protocols.miner.StandardDrivers;
import io.hashwatch.protocols.report.SentryHealth;
import io.hashwatch.sentry.commands.CommandResults;
import io.hashwatch.sentry.commands.CommandRunner;
import io.hashwatch.sentry.config.AsicConfig;
import io.hashwatch.sentry.outbox.Outbox;
import io.hashwatch.sentry.sweep.Discovery;
import io.hashwatch.sentry.sweep.Sweep;
import io.hashwatch.sentry.sweep.SweepLoop;
import io.hashwatch.sentry.sweep.SweepSummary;
import io.hashwatch.sentry.sweep.WatchedDevices;
import io.hashwatch.sentry.uplink.Commanders;
import io.hashwatch.sentry.uplink.SendResult;
import io.hashwatch.sentry.uplink.Uplink;
import io.hashwatch.sentry.uplink.UplinkLoop;
import io.hashwatch.sentry.uplink.UplinkSettings;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A running ASIC sentry: the sweep loop, the discovery of new miners, the uplink loop and the
 * command runner around one outbox. {@link #close()} stops it gracefully: the sweep in progress
 * finishes, the outbox is synced, one last batch is tried with a short timeout, and what was not
 * sent stays in the outbox for the next start.
 */
public final class AsicSentry implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(AsicSentry.class.getName());
  private static final Duration LAST_SEND_TIMEOUT = Duration.ofSeconds(5);
  private static final int COMMAND_CONCURRENCY = 16;

  private final AsicConfig config;
  private final Clock clock;
  private final String version;
  private final Outbox outbox;
  private final Sweep sweep;
  private final SweepLoop sweepLoop;
  private final CommandRunner commands;
  private final Uplink uplink;
  private final UplinkLoop uplinkLoop;
  private final ScheduledExecutorService discovery;
  private final Thread sweeping;
  private final Thread sending;
  private final CountDownLatch closed = new CountDownLatch(1);
  private boolean closing;

  /** Beside the outbox's segments: the ids of commands started, kept across restarts. */
  private static final String COMMAND_JOURNAL = "commands.journal";

  private AsicSentry(AsicConfig config, Clock clock, String version, Outbox outbox)
      throws IOException {
    this.config = config;
    this.clock = clock;
    this.version = version;
    this.outbox = outbox;
    DriverRegistry registry = StandardDrivers.registry();
    WatchedDevices devices = WatchedDevices.of(config);
    CommandResults results = new CommandResults();
    this.commands =
        new CommandRunner(
            devices,
            registry,
            results,
            COMMAND_CONCURRENCY,
            clock,
            config.outbox().resolve(COMMAND_JOURNAL));
    this.uplink =
        new Uplink(
            new Commanders(
                config.commanders(), config.id(), config.token(), UplinkSettings.DEFAULTS),
            outbox,
            results,
            commands::accept,
            this::health);
    this.uplinkLoop =
        new UplinkLoop(uplink, outbox, results, UplinkLoop.Settings.every(config.interval()));
    results.onAdded(uplinkLoop::wake);
    this.sweep =
        new Sweep(devices, registry, outbox, config.concurrency(), config.timeout(), clock);
    this.sweepLoop = new SweepLoop(sweep::run, config.interval(), summary -> uplinkLoop.wake());
    this.discovery =
        Executors.newSingleThreadScheduledExecutor(runnable -> thread(runnable, "discovery"));
    if (config.discovers()) {
      Discovery search = new Discovery(devices, config.groups(), registry, config.concurrency());
      discovery.scheduleWithFixedDelay(
          () -> discover(search), 0, config.discoverEvery().toMillis(), TimeUnit.MILLISECONDS);
    }
    this.sweeping = thread(sweepLoop, "sweep");
    this.sending = thread(uplinkLoop, "uplink");
  }

  /**
   * Opens the outbox and starts every loop.
   *
   * @throws IOException when the outbox or the command journal beside it cannot be opened
   * @throws IllegalArgumentException when the commander URLs, id or token cannot make requests
   */
  public static AsicSentry start(AsicConfig config, Clock clock, String version)
      throws IOException {
    Outbox outbox = Outbox.open(config.outbox(), config.outboxSettings());
    AsicSentry sentry;
    try {
      sentry = new AsicSentry(config, clock, version, outbox);
    } catch (IOException | RuntimeException e) {
      outbox.close();
      throw e;
    }
    sentry.sweeping.start();
    sentry.sending.start();
    LOG.log(
        System.Logger.Level.INFO,
        "ASIC sentry {0} started: reporting to {1}, sweeping every {2} s, outbox {3}",
        config.id(),
        config.commanders(),
        config.interval().toSeconds(),
        config.outbox());
    return sentry;
  }

  /** The sentry's health now, as each batch carries it. */
  public SentryHealth health() {
    Optional<SweepSummary> last = sweepLoop.latest();
    return new SentryHealth(
        clock.instant(),
        last.map(summary -> summary.took().toMillis()).orElse(null),
        last.map(SweepSummary::ok).orElse(0),
        last.map(SweepSummary::failed).orElse(0),
        outbox.backlog(),
        version);
  }

  /** Blocks until {@link #close()} has finished. */
  public void awaitClosed() throws InterruptedException {
    closed.await();
  }

  /** Stops gracefully; see the class comment. Safe to call more than once. */
  @Override
  public void close() {
    stop();
  }

  /**
   * Stops gracefully (see the class comment) and says how it ended, in words: the JDK's own
   * shutdown hook may already have closed the log, so the caller prints this itself.
   */
  public String stop() {
    synchronized (this) {
      if (closing) {
        return "already stopped";
      }
      closing = true;
    }
    try {
      discovery.shutdownNow();
      sweepLoop.stop();
      join(sweeping, config.timeout().plusSeconds(10));
      commands.close();
      uplinkLoop.stop();
      join(sending, Duration.ofSeconds(5));
      if (sending.isAlive()) {
        // Still waiting for a commander that does not answer: cut that wait short. Only then,
        // as an interrupt during the outbox's own file work would close its file.
        sending.interrupt();
        join(sending, Duration.ofSeconds(5));
      }
      sweep.close();
      String last = lastSend();
      outbox.close();
      LOG.log(System.Logger.Level.INFO, last);
      return last;
    } catch (IOException e) {
      String failed = "stopped, but the outbox did not close cleanly: " + e;
      LOG.log(System.Logger.Level.ERROR, failed);
      return failed;
    } finally {
      closed.countDown();
    }
  }

  private String lastSend() throws IOException {
    outbox.sync();
    Uplink.Exchange last = uplink.lastExchange(LAST_SEND_TIMEOUT);
    return "stopped: "
        + (last.result() instanceof SendResult.Delivered
            ? "last batch delivered to " + last.commander()
            : "last batch not delivered (" + describe(last.result()) + ")")
        + "; "
        + outbox.backlog()
        + " entries wait in the outbox "
        + config.outbox()
        + " for the next start";
  }

  private static String describe(SendResult result) {
    if (result instanceof SendResult.Refused refused) {
      return "refused with HTTP " + refused.status() + ": " + refused.detail();
    }
    return result instanceof SendResult.Unavailable unavailable ? unavailable.reason() : "";
  }

  private static void discover(Discovery search) {
    try {
      search.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "discovery failed; it runs again later", e);
    }
  }

  private static void join(Thread thread, Duration patience) {
    try {
      thread.join(patience.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread thread(Runnable runnable, String name) {
    Thread thread = new Thread(runnable, name);
    thread.setDaemon(true);
    return thread;
  }
}
