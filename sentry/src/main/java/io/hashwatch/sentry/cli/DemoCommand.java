package io.hashwatch.sentry.cli;

import io.hashwatch.sentry.config.AsicConfig;
import io.hashwatch.sentry.config.ConfigException;
import io.hashwatch.sentry.config.RigConfig;
import io.hashwatch.sentry.demo.DemoEnrollment;
import io.hashwatch.sentry.demo.DemoFarm;
import io.hashwatch.sentry.simulate.SimulatedPrograms;
import io.hashwatch.sentry.simulate.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sentry demo}: the demo farm {@code bin/commander} starts beside a new commander. Waits for
 * the commander, registers the sentries demo and demo-rig once, then serves simulated miners and
 * miner programs and watches them, and this machine as a rig, until stopped or until the process
 * given by {@code --watch-pid} ends.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a demo farm for a commander: simulated miners of mixed firmware and an ASIC sentry"
          + " watching them, and this machine as a rig mining with two simulated programs, watched"
          + " by a rig sentry. Registers the sentries once as the first admin"
          + " (HASHWATCH_ADMIN_PASSWORD or DATA/admin-password) and keeps their tokens in"
          + " DATA/demo/sentry.properties and rig-sentry.properties."
    })
final class DemoCommand implements Callable<Integer> {
  private static final Duration COMMANDER_WAIT = Duration.ofMinutes(10);
  private static final Duration RETRY = Duration.ofSeconds(2);

  /** Two sweeps: by then the commander knows every demo device, and auto-places them all. */
  private static final Duration RACKS_AFTER = Duration.ofSeconds(25);

  @Spec CommandSpec spec;

  @Option(
      names = "--commander",
      required = true,
      paramLabel = "URL",
      description = "The commander.")
  URI commander;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "DIR",
      description = "The commander's data folder.")
  Path data;

  @Option(names = "--count", defaultValue = "50", description = "Miners (default: 50).")
  int count;

  @Option(
      names = "--from",
      defaultValue = "127.0.50.1",
      description = "The first miner's address (default: ${DEFAULT-VALUE}).")
  String from;

  @Option(names = "--interval", defaultValue = "10", description = "Seconds between sweeps.")
  int intervalSeconds;

  @Option(
      names = "--watch-pid",
      paramLabel = "PID",
      description = "Stop when this process (the commander) ends.")
  Long watchPid;

  private final Map<String, String> environment;
  private final Clock clock;
  private final CountDownLatch stopped = new CountDownLatch(1);

  DemoCommand(Map<String, String> environment, Clock clock) {
    this.environment = Map.copyOf(environment);
    this.clock = clock;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<ProcessHandle> watched =
        watchPid == null ? Optional.empty() : ProcessHandle.of(watchPid);
    watched.ifPresent(process -> process.onExit().thenRun(stopped::countDown));
    DemoEnrollment enrollment = new DemoEnrollment(commander, data, environment);
    if (!awaitCommander(enrollment)) {
      err.println("sentry demo: the commander at " + commander + " did not become ready");
      return 1;
    }
    try (Simulator simulator = Simulator.start(count, from, 4028, List.of(), line -> {});
        SimulatedPrograms programs = SimulatedPrograms.start()) {
      Duration interval = Duration.ofSeconds(intervalSeconds);
      AsicConfig asicConfig =
          DemoFarm.sentryConfig(
              commander,
              enrollment.enroll(),
              simulator.endpoints(),
              interval,
              enrollment.stateDir().resolve("outbox"),
              environment);
      RigConfig rigConfig =
          DemoFarm.rigConfig(
              commander,
              enrollment.enrollRig(),
              programs,
              interval,
              enrollment.stateDir().resolve("rig-outbox"),
              environment);
      DemoFarm farm = DemoFarm.start(simulator, programs, asicConfig, rigConfig, clock, "demo");
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "demo-stop"));
      err.println(
          "sentry demo: "
              + count
              + " simulated miners from "
              + from
              + " and the rig demo-rig (this machine, T-Rex and xmrig simulated) reporting");
      err.flush();
      if (!stopped.await(RACKS_AFTER.toMillis(), TimeUnit.MILLISECONDS)) {
        layOutRacks(enrollment, err);
      }
      stopped.await();
      err.println("sentry demo: " + farm.stop());
      return 0;
    } catch (IOException | ConfigException e) {
      err.println("sentry demo: " + e.getMessage());
      return 1;
    }
  }

  /** The control room gets a map once the devices exist; a demo without one still runs. */
  private static void layOutRacks(DemoEnrollment enrollment, PrintWriter err)
      throws InterruptedException {
    try {
      err.println("sentry demo: " + enrollment.racks().layOut());
    } catch (IOException e) {
      err.println("sentry demo: no rack map: " + e.getMessage());
    }
    err.flush();
  }

  private boolean awaitCommander(DemoEnrollment enrollment) throws InterruptedException {
    Instant deadline = clock.instant().plus(COMMANDER_WAIT);
    while (clock.instant().isBefore(deadline)) {
      if (enrollment.commanderReady()) {
        return true;
      }
      if (stopped.await(RETRY.toMillis(), TimeUnit.MILLISECONDS)) {
        return false;
      }
    }
    return false;
  }
}
