package io.hashwatch.sentry.asic;

import io.hashwatch.protocols.miner.DriverRegistry;
import io.hashwatch.protocols.miner.StandardDrivers;
import io.hashwatch.sentry.commands.CommandExecution;
import io.hashwatch.sentry.commands.CommandExecutor;
import io.hashwatch.sentry.config.AsicConfig;
import io.hashwatch.sentry.outbox.Outbox;
import io.hashwatch.sentry.service.SentryService;
import io.hashwatch.sentry.service.SentryWork;
import io.hashwatch.sentry.service.ServiceSettings;
import io.hashwatch.sentry.sweep.Discovery;
import io.hashwatch.sentry.sweep.Sweep;
import io.hashwatch.sentry.sweep.SweepLoop;
import io.hashwatch.sentry.sweep.WatchedDevices;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * A running ASIC sentry: it sweeps the site's miners and relays, searches its ranges for new
 * miners, and carries out commands through the miners' drivers and the relays, around the outbox
 * and uplink of {@link SentryService}.
 */
public final class AsicSentry {
  private static final int COMMAND_CONCURRENCY = 16;

  private AsicSentry() {}

  /**
   * Opens the outbox and starts every loop; the running sentry stops with {@link
   * SentryService#stop()}.
   *
   * @throws IOException when the outbox or the command journal beside it cannot be opened
   * @throws IllegalArgumentException when the commander URLs, id or token cannot make requests
   */
  public static SentryService start(AsicConfig config, Clock clock, String version)
      throws IOException {
    ServiceSettings settings =
        new ServiceSettings(
            "ASIC",
            config.id(),
            config.commanders(),
            config.commanderReturn(),
            config.token(),
            config.interval(),
            config.outbox(),
            config.outboxSettings(),
            COMMAND_CONCURRENCY,
            version,
            clock);
    return SentryService.start(settings, outbox -> new AsicWork(config, outbox, clock));
  }

  /** The ASIC sentry's sweep, discovery and commands. */
  private static final class AsicWork implements SentryWork {
    private static final System.Logger LOG = System.getLogger(AsicSentry.class.getName());

    private final AsicConfig config;
    private final Sweep sweep;
    private final CommandExecution commands;
    private final Discovery discovery;

    AsicWork(AsicConfig config, Outbox outbox, Clock clock) {
      this.config = config;
      DriverRegistry registry = StandardDrivers.registry();
      WatchedDevices devices = WatchedDevices.of(config);
      this.commands = new CommandExecution(devices, registry, clock);
      this.sweep =
          new Sweep(devices, registry, outbox, config.concurrency(), config.timeout(), clock);
      this.discovery =
          config.discovers()
              ? new Discovery(devices, config.groups(), registry, config.concurrency())
              : null;
    }

    @Override
    public SweepLoop.Task sweep() {
      return sweep::run;
    }

    @Override
    public CommandExecutor commands() {
      return commands;
    }

    @Override
    public Runnable discovery() {
      return discovery == null ? null : this::discover;
    }

    @Override
    public Duration discoverEvery() {
      return config.discoverEvery();
    }

    @Override
    public Duration sweepPatience() {
      return config.timeout();
    }

    @Override
    public void close() {
      sweep.close();
    }

    private void discover() {
      try {
        discovery.run();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        LOG.log(System.Logger.Level.DEBUG, "discovery interrupted: the sentry stops");
      }
    }
  }
}
