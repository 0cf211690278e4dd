package io.hashwatch.sentry.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.miner.StandardDrivers;
import io.hashwatch.protocols.report.CommandAction;
import io.hashwatch.protocols.report.CommandResult;
import io.hashwatch.protocols.report.CommandResult.Status;
import io.hashwatch.protocols.report.SentryCommand;
import io.hashwatch.sentry.config.ConfigText;
import io.hashwatch.sentry.simulate.Simulator;
import io.hashwatch.sentry.sweep.ShellyRelayStandIn;
import io.hashwatch.sentry.sweep.WatchedDevices;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandRunnerTest {
  private Simulator farm;
  private ShellyRelayStandIn relay;
  private CommandRunner runner;
  private final CommandResults results = new CommandResults();
  private final Semaphore added = new Semaphore(0);
  private String stock;
  private String luxos;
  private WatchedDevices devices;
  @TempDir Path state;

  @BeforeEach
  void start() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    farm = Simulator.start(2, "127.0.23.1", port, List.of("stock", "luxos"), line -> {});
    stock = farm.endpoints().get(0);
    luxos = farm.endpoints().get(1);
    relay = new ShellyRelayStandIn();
    devices =
        WatchedDevices.of(
            ConfigText.of(
                "id = farm-1\ncommander = http://127.0.0.1:9\ntoken = t0ken\noutbox = /tmp/o\n"
                    + "devices = "
                    + stock
                    + ", "
                    + luxos
                    + "\n[relay "
                    + relay.url("?off=100ms")
                    + "]\npowers = "
                    + stock
                    + "\n"));
    results.onAdded(added::release);
    runner = runner();
  }

  private CommandRunner runner() throws IOException {
    return new CommandRunner(
        new CommandExecution(devices, StandardDrivers.registry(), Clock.systemUTC()),
        results,
        4,
        Clock.systemUTC(),
        state.resolve("commands.journal"));
  }

  @AfterEach
  void stop() throws Exception {
    runner.close();
    relay.close();
    farm.close();
  }

  @Test
  void powerCyclesAMinerThroughTheRelayThatPowersItAndSaysHowEachStepWent() throws Exception {
    CommandResult result = run(command(1, stock, CommandAction.POWER_CYCLE));

    assertThat(result.id()).isEqualTo(1);
    assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(result.detail())
        .startsWith("relay " + relay.address() + ": off: off; waited ")
        .endsWith("; on: on; read back: on, " + ShellyRelayStandIn.WATTS + " W");
    assertThat(relay.switches()).containsExactly("off", "on");
  }

  @Test
  void switchesARelayNamedByItsOwnAddress() throws Exception {
    CommandResult off = run(command(2, relay.address(), CommandAction.POWER_OFF));
    CommandResult on = run(command(3, relay.address(), CommandAction.POWER_ON));

    assertThat(off.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(off.detail()).isEqualTo("relay " + relay.address() + ": off");
    assertThat(on.detail()).isEqualTo("relay " + relay.address() + ": on");
    assertThat(relay.on()).isTrue();
  }

  @Test
  void whatCannotBeDoneIsUnsupportedAndAnUnknownDeviceFails() throws Exception {
    CommandResult noRelay = run(command(4, luxos, CommandAction.POWER_CYCLE));
    CommandResult minerActionOnRelay = run(command(5, relay.address(), CommandAction.REBOOT));
    CommandResult unknown = run(command(6, "10.9.9.9:4028", CommandAction.REBOOT));

    assertThat(noRelay.status()).isEqualTo(Status.UNSUPPORTED);
    assertThat(noRelay.detail()).isEqualTo("no relay powers this device");
    assertThat(minerActionOnRelay.status()).isEqualTo(Status.UNSUPPORTED);
    assertThat(minerActionOnRelay.detail()).contains("is a relay");
    assertThat(unknown.status()).isEqualTo(Status.FAILED);
    assertThat(unknown.detail()).isEqualTo("this sentry watches no device at 10.9.9.9:4028");
    assertThat(relay.switches()).isEmpty();
  }

  @Test
  void minerActionsGoThroughTheMinersDriver() throws Exception {
    // The simulator answers the cgminer API only: stock has no restart at all, and LuxOS
    // reboots through a session of its cgminer API, which the simulated miner keeps.
    CommandResult restart = run(command(7, stock, CommandAction.RESTART));
    CommandResult reboot = run(command(8, luxos, CommandAction.REBOOT));

    assertThat(restart.status()).isEqualTo(Status.UNSUPPORTED);
    assertThat(restart.detail())
        .isEqualTo(
            "stock: stock firmware has no command that restarts only the mining program;"
                + " reboot instead");
    assertThat(reboot.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(reboot.detail()).isEqualTo("luxos: rebootdevice");
  }

  @Test
  void aCommandRunsOnceHoweverOftenItArrives() throws Exception {
    SentryCommand off = command(9, stock, CommandAction.POWER_OFF);
    runner.accept(List.of(off, off));
    runner.accept(List.of(off));
    assertThat(added.tryAcquire(30, TimeUnit.SECONDS)).isTrue();

    runner.accept(List.of(off));
    CommandResult other = run(command(10, relay.address(), CommandAction.POWER_ON));

    assertThat(results.peek(10)).extracting(CommandResult::id).containsExactly(9L, 10L);
    assertThat(other.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(relay.switches()).containsExactly("off", "on");
  }

  @Test
  void aCommandStartedBeforeARestartIsNotRunAgainButAnswered() throws Exception {
    run(command(11, stock, CommandAction.POWER_CYCLE));
    runner.close();
    results.peek(1000).forEach(result -> results.remove(List.of(result)));

    runner = runner();
    CommandResult again = run(command(11, stock, CommandAction.POWER_CYCLE));
    CommandResult fresh = run(command(12, relay.address(), CommandAction.POWER_OFF));

    assertThat(again.status()).isEqualTo(Status.FAILED);
    assertThat(again.detail()).contains("the sentry restarted", "not run again");
    assertThat(fresh.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(relay.switches()).containsExactly("off", "on", "off");
  }

  private CommandResult run(SentryCommand command) throws InterruptedException {
    runner.accept(List.of(command));
    assertThat(added.tryAcquire(30, TimeUnit.SECONDS)).as("a result in time").isTrue();
    return results.peek(1000).stream()
        .filter(result -> result.id() == command.id())
        .findFirst()
        .orElseThrow();
  }

  private static SentryCommand command(long id, String address, CommandAction action) {
    return new SentryCommand(id, address, action, List.of());
  }
}
