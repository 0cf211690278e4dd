package io.hashwatch.sentry.demo;

import io.hashwatch.sentry.asic.AsicSentry;
import io.hashwatch.sentry.config.AsicConfig;
import io.hashwatch.sentry.config.AsicConfigReader;
import io.hashwatch.sentry.config.ConfigException;
import io.hashwatch.sentry.config.Section;
import io.hashwatch.sentry.config.Setting;
import io.hashwatch.sentry.service.SentryService;
import io.hashwatch.sentry.simulate.Simulator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Simulated miners and an ASIC sentry watching them, in one process. The sentry is an ordinary
 * {@link AsicSentry} with its outbox under {@code <data>/demo/outbox}: the demo exercises the same
 * path a real farm does.
 */
public final class DemoFarm implements AutoCloseable {
  private static final String ORIGIN = "the demo farm";

  private final Simulator simulator;
  private final SentryService sentry;

  private DemoFarm(Simulator simulator, SentryService sentry) {
    this.simulator = simulator;
    this.sentry = sentry;
  }

  /**
   * The settings of a demo farm's sentry.
   *
   * @param miners the simulated miners' {@code host:port}
   */
  public static AsicConfig sentryConfig(
      URI commander,
      DemoEnrollment.Enrolled enrolled,
      List<String> miners,
      Duration interval,
      Path outbox,
      Map<String, String> environment)
      throws ConfigException {
    List<Setting> settings =
        List.of(
            new Setting("commander", commander.toString(), ORIGIN),
            new Setting("id", enrolled.id(), ORIGIN),
            new Setting("token", enrolled.token(), ORIGIN),
            new Setting("devices", String.join(",", miners), ORIGIN),
            new Setting("interval", interval.toSeconds() + "s", ORIGIN),
            new Setting("outbox", outbox.toString(), ORIGIN),
            new Setting("outbox-max-size", "64MiB", ORIGIN));
    return AsicConfigReader.read(
        List.of(new Section(Section.Kind.SENTRY, "", ORIGIN, Map.of())),
        settings,
        environment,
        ORIGIN);
  }

  /** Starts the sentry watching the running {@code simulator}; stops the simulator if it fails. */
  public static DemoFarm start(Simulator simulator, AsicConfig config, Clock clock, String version)
      throws IOException {
    try {
      return new DemoFarm(simulator, AsicSentry.start(config, clock, version));
    } catch (IOException | RuntimeException e) {
      simulator.close();
      throw e;
    }
  }

  /** Stops the sentry (gracefully, see {@link SentryService#stop()}), then the miners. */
  public String stop() throws IOException {
    String stopped = sentry.stop();
    simulator.close();
    return stopped;
  }

  @Override
  public void close() throws IOException {
    stop();
  }
}
