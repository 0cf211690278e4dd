package io.hashwatch.sentry.demo;

import io.hashwatch.sentry.asic.AsicSentry;
import io.hashwatch.sentry.config.AsicConfig;
import io.hashwatch.sentry.config.AsicConfigReader;
import io.hashwatch.sentry.config.ConfigException;
import io.hashwatch.sentry.config.RigConfig;
import io.hashwatch.sentry.config.RigConfigReader;
import io.hashwatch.sentry.config.Section;
import io.hashwatch.sentry.config.Setting;
import io.hashwatch.sentry.rig.RigSentry;
import io.hashwatch.sentry.service.SentryService;
import io.hashwatch.sentry.simulate.SimulatedPrograms;
import io.hashwatch.sentry.simulate.Simulator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The demo farm, in one process: simulated miners and an ASIC sentry watching them, and a rig, this
 * very machine, mining with two simulated programs (T-Rex on a GPU, xmrig on the CPU) and watched
 * by a rig sentry. The sentries are the ordinary ones with their outboxes under {@code
 * <data>/demo/}: the demo exercises the same path a real farm does.
 */
public final class DemoFarm implements AutoCloseable {
  private static final String ORIGIN = "the demo farm";

  private final Simulator simulator;
  private final SimulatedPrograms programs;
  private final SentryService asic;
  private final SentryService rig;

  private DemoFarm(
      Simulator simulator, SimulatedPrograms programs, SentryService asic, SentryService rig) {
    this.simulator = simulator;
    this.programs = programs;
    this.asic = asic;
    this.rig = rig;
  }

  /**
   * The settings of a demo farm's ASIC sentry.
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

  /** The settings of the demo rig's sentry: this machine, no GPU tool, the two programs. */
  public static RigConfig rigConfig(
      URI commander,
      DemoEnrollment.Enrolled enrolled,
      SimulatedPrograms programs,
      Duration interval,
      Path outbox,
      Map<String, String> environment)
      throws ConfigException {
    List<Setting> settings =
        List.of(
            new Setting("commander", commander.toString(), ORIGIN),
            new Setting("id", enrolled.id(), ORIGIN),
            new Setting("token", enrolled.token(), ORIGIN),
            new Setting("name", DemoEnrollment.RIG_NAME, ORIGIN),
            new Setting("interval", interval.toSeconds() + "s", ORIGIN),
            new Setting("outbox", outbox.toString(), ORIGIN),
            new Setting("outbox-max-size", "16MiB", ORIGIN),
            new Setting("gpus", "none", ORIGIN),
            new Setting("discover", "off", ORIGIN));
    return RigConfigReader.read(
        List.of(
            new Section(Section.Kind.RIG, "", ORIGIN, Map.of()),
            program("t-rex", programs.trex()),
            program("xmrig", programs.xmrig())),
        settings,
        environment,
        ORIGIN,
        DemoEnrollment.RIG_NAME);
  }

  private static Section program(String type, URI url) {
    return new Section(
        Section.Kind.PROGRAM,
        type,
        ORIGIN,
        Map.of(
            "type", List.of(new Setting("type", type, ORIGIN)),
            "url", List.of(new Setting("url", url.toString(), ORIGIN))));
  }

  /**
   * Starts both sentries watching the running {@code simulator} and {@code programs}; stops what
   * started, the simulator and the programs if one fails.
   */
  public static DemoFarm start(
      Simulator simulator,
      SimulatedPrograms programs,
      AsicConfig asicConfig,
      RigConfig rigConfig,
      Clock clock,
      String version)
      throws IOException {
    SentryService asic = null;
    try {
      asic = AsicSentry.start(asicConfig, clock, version);
      return new DemoFarm(simulator, programs, asic, RigSentry.start(rigConfig, clock, version));
    } catch (IOException | RuntimeException e) {
      if (asic != null) {
        asic.stop();
      }
      programs.close();
      simulator.close();
      throw e;
    }
  }

  /** Stops the sentries (gracefully, see {@link SentryService#stop()}), then the miners. */
  public String stop() throws IOException {
    String stopped = "ASIC sentry " + asic.stop() + "; rig sentry " + rig.stop();
    programs.close();
    simulator.close();
    return stopped;
  }

  @Override
  public void close() throws IOException {
    stop();
  }
}
