package io.hashwatch.sentry.service;

import io.hashwatch.protocols.report.SentryHealth;
import io.hashwatch.sentry.commands.CommandResults;
import io.hashwatch.sentry.commands.CommandRunner;
import io.hashwatch.sentry.outbox.Outbox;
import io.hashwatch.sentry.sweep.SweepLoop;
import io.hashwatch.sentry.sweep.SweepSummary;
import io.hashwatch.sentry.uplink.Commanders;
import io.hashwatch.sentry.uplink.SendResult;
import io.hashwatch.sentry.uplink.Uplink;
import io.hashwatch.sentry.uplink.UplinkLoop;
import io.hashwatch.sentry.uplink.UplinkSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A running sentry, ASIC or rig: its sweep loop, its search for new devices, the uplink loop and
 * the command runner around one outbox. {@link #stop()} stops it gracefully: the sweep in progress
 * finishes, the outbox is synced, one last batch is tried with a short timeout, and what was not
 * sent stays in the outbox for the next start.
 */
public final class SentryService implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(SentryService.class.getName());
  private static final Duration LAST_SEND_TIMEOUT = Duration.ofSeconds(5);

  /** Beside the outbox's segments: the ids of commands started, kept across restarts. */
  private static final String COMMAND_JOURNAL = "commands.journal";

  private final ServiceSettings settings;
  private final Outbox outbox;
  private final SentryWork work;
  private final SweepLoop sweepLoop;
  private final CommandRunner commands;
  private final Uplink uplink;
  private final UplinkLoop uplinkLoop;
  private final ScheduledExecutorService discovery;
  private final Thread sweeping;
  private final Thread sending;
  private final CountDownLatch closed = new CountDownLatch(1);
  private boolean closing;

  private SentryService(ServiceSettings settings, Outbox outbox, SentryWork work)
      throws IOException {
    this.settings = settings;
    this.outbox = outbox;
    this.work = work;
    CommandResults results = new CommandResults();
    this.commands =
        new CommandRunner(
            work.commands(),
            results,
            settings.commandConcurrency(),
            settings.clock(),
            settings.outbox().resolve(COMMAND_JOURNAL));
    this.uplink =
        new Uplink(
            new Commanders(
                settings.commanders(),
                settings.id(),
                settings.token(),
                UplinkSettings.DEFAULTS,
                settings.commanderReturn()),
            outbox,
            results,
            commands::accept,
            this::health);
    this.uplinkLoop =
        new UplinkLoop(uplink, outbox, results, UplinkLoop.Settings.every(settings.interval()));
    results.onAdded(uplinkLoop::wake);
    this.sweepLoop = new SweepLoop(work.sweep(), settings.interval(), summary -> uplinkLoop.wake());
    this.discovery =
        Executors.newSingleThreadScheduledExecutor(runnable -> thread(runnable, "discovery"));
    Runnable search = work.discovery();
    if (search != null) {
      discovery.scheduleWithFixedDelay(
          () -> discover(search), 0, work.discoverEvery().toMillis(), TimeUnit.MILLISECONDS);
    }
    this.sweeping = thread(sweepLoop, "sweep");
    this.sending = thread(uplinkLoop, "uplink");
  }

  /**
   * Opens the outbox, builds the sentry's work on it and starts every loop.
   *
   * @param work builds what this kind of sentry does, given the open outbox
   * @throws IOException when the outbox or the command journal beside it cannot be opened
   * @throws IllegalArgumentException when the commander URLs, id or token cannot make requests
   */
  public static SentryService start(ServiceSettings settings, Function<Outbox, SentryWork> work)
      throws IOException {
    Outbox outbox = Outbox.open(settings.outbox(), settings.outboxSettings());
    SentryService service;
    SentryWork built = null;
    try {
      built = work.apply(outbox);
      service = new SentryService(settings, outbox, built);
    } catch (IOException | RuntimeException e) {
      if (built != null) {
        built.close();
      }
      outbox.close();
      throw e;
    }
    service.sweeping.start();
    service.sending.start();
    LOG.log(
        System.Logger.Level.INFO,
        "{0} sentry {1} started: reporting to {2}, sweeping every {3} s, outbox {4}",
        settings.kind(),
        settings.id(),
        settings.commanders(),
        settings.interval().toSeconds(),
        settings.outbox());
    return service;
  }

  /** The sentry's health now, as each batch carries it. */
  public SentryHealth health() {
    Optional<SweepSummary> last = sweepLoop.latest();
    return new SentryHealth(
        settings.clock().instant(),
        last.map(summary -> summary.took().toMillis()).orElse(null),
        last.map(SweepSummary::ok).orElse(0),
        last.map(SweepSummary::failed).orElse(0),
        outbox.backlog(),
        settings.version());
  }

  /** Blocks until {@link #stop()} has finished. */
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
      join(sweeping, work.sweepPatience().plusSeconds(10));
      commands.close();
      uplinkLoop.stop();
      join(sending, Duration.ofSeconds(5));
      if (sending.isAlive()) {
        // Still waiting for a commander that does not answer: cut that wait short. Only then,
        // as an interrupt during the outbox's own file work would close its file.
        sending.interrupt();
        join(sending, Duration.ofSeconds(5));
      }
      work.close();
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
        + settings.outbox()
        + " for the next start";
  }

  private static String describe(SendResult result) {
    if (result instanceof SendResult.Refused refused) {
      return "refused with HTTP " + refused.status() + ": " + refused.detail();
    }
    return result instanceof SendResult.Unavailable unavailable ? unavailable.reason() : "";
  }

  private static void discover(Runnable search) {
    try {
      search.run();
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
