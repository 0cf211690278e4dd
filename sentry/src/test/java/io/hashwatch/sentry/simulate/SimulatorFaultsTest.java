package io.hashwatch.sentry.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.miner.avalon.AvalonDriver;
import io.hashwatch.protocols.miner.luxos.LuxosDriver;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Unreachable;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Faults of simulated miners as the real drivers meet them: a stalled miner hashes nothing until
 * its driver restarts or reboots it, a killed one refuses connections until healed.
 */
class SimulatorFaultsTest {
  private final AvalonDriver avalon = new AvalonDriver();
  private final LuxosDriver luxos = new LuxosDriver();

  @Test
  void aStalledMinerReportsHashrateZeroUntilTheDriverRestartsIt() throws Exception {
    int port = freePort();
    try (Simulator simulator =
        Simulator.start(2, "127.0.9.60", port, List.of("luxos"), line -> {})) {
      MinerTarget stalled = MinerTarget.of("127.0.9.60", port);
      MinerTarget other = MinerTarget.of("127.0.9.61", port);
      assertThat(hashrate(luxos.poll(stalled))).isPositive();

      simulator.stall("127.0.9.60:" + port);
      assertThat(hashrate(luxos.poll(stalled))).isZero();
      assertThat(hashrate(luxos.poll(other))).as("only the stalled miner").isPositive();

      ActionResult restart = luxos.perform(stalled, new MinerAction.RestartMining());
      assertThat(restart).isInstanceOf(ActionResult.Done.class);
      assertThat(hashrate(luxos.poll(stalled))).isPositive();
      assertThat(luxos.perform(stalled, new MinerAction.RestartMining()))
          .as("the session was closed after the restart")
          .isInstanceOf(ActionResult.Done.class);
    }
  }

  @Test
  void aRebootClearsAStallToo() throws Exception {
    int port = freePort();
    try (Simulator simulator =
        Simulator.start(1, "127.0.9.65", port, List.of("luxos"), line -> {})) {
      MinerTarget miner = MinerTarget.of("127.0.9.65", port);
      simulator.stall("127.0.9.65:" + port);

      assertThat(luxos.perform(miner, new MinerAction.Reboot()))
          .isInstanceOf(ActionResult.Done.class);
      assertThat(simulator.stalled("127.0.9.65:" + port)).isFalse();
      assertThat(hashrate(luxos.poll(miner))).isPositive();
    }
  }

  @Test
  void theAvalonAnswersItsDriversRestartAndRebootAndEitherClearsAStall() throws Exception {
    int port = freePort();
    try (Simulator simulator =
        Simulator.start(1, "127.0.9.67", port, List.of("avalon"), line -> {})) {
      MinerTarget miner = MinerTarget.of("127.0.9.67", port);
      String endpoint = "127.0.9.67:" + port;
      simulator.stall(endpoint);
      assertThat(avalon.perform(miner, new MinerAction.RestartMining()))
          .isEqualTo(new ActionResult.Done("RESTART"));
      assertThat(simulator.stalled(endpoint)).isFalse();

      simulator.stall(endpoint);
      assertThat(avalon.perform(miner, new MinerAction.Reboot()))
          .isEqualTo(new ActionResult.Done("ASC 0 set OK"));
      assertThat(simulator.stalled(endpoint)).isFalse();
    }
  }

  @Test
  void aKilledMinerRefusesConnectionsAndItsRestartFailsUntilItIsHealed() throws Exception {
    int port = freePort();
    try (Simulator simulator =
        Simulator.start(1, "127.0.9.70", port, List.of("luxos"), line -> {})) {
      MinerTarget miner = MinerTarget.of("127.0.9.70", port);
      FaultCommands faults = new FaultCommands(simulator);

      assertThat(faults.apply("kill 127.0.9.70:" + port)).isEqualTo("ok kill 127.0.9.70:" + port);
      assertThat(luxos.poll(miner)).isInstanceOf(Unreachable.class);
      assertThat(luxos.perform(miner, new MinerAction.RestartMining()))
          .isInstanceOf(ActionResult.Failed.class);

      assertThat(faults.apply("heal 127.0.9.70:" + port)).isEqualTo("ok heal 127.0.9.70:" + port);
      assertThat(hashrate(luxos.poll(miner))).isPositive();
    }
  }

  @Test
  void badFaultCommandsAreAnsweredWithAnErrorLine() throws Exception {
    int port = freePort();
    try (Simulator simulator =
        Simulator.start(1, "127.0.9.75", port, List.of("stock"), line -> {})) {
      FaultCommands faults = new FaultCommands(simulator);

      assertThat(faults.apply("stall 127.0.9.99:" + port))
          .isEqualTo("error no simulated miner at 127.0.9.99:" + port);
      assertThat(faults.apply("melt 127.0.9.75:" + port))
          .startsWith("error unknown command 'melt'");
      assertThat(faults.apply("stall")).startsWith("error expected");
      assertThat(faults.apply("STALL 127.0.9.75:" + port)).isEqualTo("ok stall 127.0.9.75:" + port);
      assertThat(faults.apply("heal 127.0.9.75:" + port)).isEqualTo("ok heal 127.0.9.75:" + port);
      assertThat(simulator.stalled("127.0.9.75:" + port)).isFalse();
    }
  }

  private static double hashrate(PollResult result) {
    assertThat(result).isInstanceOf(Reading.class);
    return ((Reading) result).hashrateHs();
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
