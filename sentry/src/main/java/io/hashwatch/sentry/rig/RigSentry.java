package io.hashwatch.sentry.rig;

import io.hashwatch.sentry.commands.CommandExecutor;
import io.hashwatch.sentry.config.RigConfig;
import io.hashwatch.sentry.gpus.GpuSnapshot;
import io.hashwatch.sentry.host.HostProbe;
import io.hashwatch.sentry.outbox.Outbox;
import io.hashwatch.sentry.programs.ProgramAdapters;
import io.hashwatch.sentry.service.SentryService;
import io.hashwatch.sentry.service.SentryWork;
import io.hashwatch.sentry.service.ServiceSettings;
import io.hashwatch.sentry.sweep.SweepLoop;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A running rig sentry: every interval it reads the machine, its GPUs and its miner programs and
 * stores one entry per device; it looks for programs that are not configured, and carries out
 * commands on the programs and the host, around the outbox and uplink of {@link SentryService}.
 */
public final class RigSentry {
  /** Commands on a rig are few and mostly wait for processes. */
  private static final int COMMAND_CONCURRENCY = 4;

  private RigSentry() {}

  /**
   * Opens the outbox and starts every loop; the running sentry stops with {@link
   * SentryService#stop()}.
   *
   * @throws IOException when the outbox or the command journal beside it cannot be opened
   * @throws IllegalArgumentException when the commander URLs, id or token cannot make requests, or
   *     a configured program's type has no adapter
   */
  public static SentryService start(RigConfig config, Clock clock, String version)
      throws IOException {
    ServiceSettings settings =
        new ServiceSettings(
            "rig",
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
    ProgramAdapters adapters = ProgramAdapters.standard();
    RigPrograms programs = new RigPrograms(config.name(), config.programs(), adapters);
    HostProbe host = HostProbe.local();
    Supplier<GpuSnapshot> gpus = RigGpus.survey(config);
    return SentryService.start(
        settings, outbox -> new RigWork(config, outbox, clock, adapters, programs, host, gpus));
  }

  /** The rig sentry's sweep, program discovery and commands. */
  private static final class RigWork implements SentryWork {
    private final RigConfig config;
    private final RigSweep sweep;
    private final RigCommandExecution commands;
    private final Runnable discovery;

    RigWork(
        RigConfig config,
        Outbox outbox,
        Clock clock,
        ProgramAdapters adapters,
        RigPrograms programs,
        HostProbe host,
        Supplier<GpuSnapshot> gpus) {
      this.config = config;
      this.sweep =
          new RigSweep(
              new RigReadings(config.name()),
              host::read,
              gpus,
              programs::all,
              outbox,
              config.timeout(),
              clock);
      this.commands =
          new RigCommandExecution(config, programs::at, programs::all, new ProcessCommand(), clock);
      this.discovery = config.discover() ? RigDiscovery.of(config, adapters, programs) : null;
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
      return discovery;
    }

    @Override
    public Duration discoverEvery() {
      return config.discoverEvery();
    }

    @Override
    public Duration sweepPatience() {
      return config.timeout().plusSeconds(1);
    }

    @Override
    public void close() {
      sweep.close();
    }
  }
}
