package io.hashwatch.sentry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.sentry.simulate.Simulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code probe} and {@code scan} against the simulator: every simulated firmware is identified by
 * its own driver and gives a reading.
 */
class ProbeAndScanTest {
  private static Simulator farm;
  private static int port;

  @BeforeAll
  static void startFarm() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    farm = Simulator.start(6, "127.0.8.1", port, List.of(), line -> {});
  }

  @AfterAll
  static void stopFarm() throws Exception {
    farm.close();
  }

  @Test
  void probeGivesEachSimulatedFirmwaresReading() {
    for (int i = 0; i < farm.endpoints().size(); i++) {
      StringWriter out = new StringWriter();
      int exit = run(out, "probe", farm.endpoints().get(i), "--json");
      assertThat(exit).as(farm.firmwares().get(i) + ": " + out).isZero();
      assertThat(out.toString()).contains("\"result\": \"reading\"").contains("\"hashrateHs\"");
    }
  }

  @Test
  void probeOfASilentAddressSaysUnreachable() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    StringWriter out = new StringWriter();
    assertThat(run(out, "probe", "127.0.0.1:" + closed)).isEqualTo(1);
    assertThat(out.toString()).contains("unreachable");
  }

  @Test
  void scanFindsAndNamesEveryMinerOfTheRange() {
    StringWriter out = new StringWriter();
    int exit =
        run(out, "scan", "127.0.8.0/28", "--port", String.valueOf(port), "--timeout-ms", "300");

    assertThat(exit).isZero();
    for (int i = 0; i < farm.endpoints().size(); i++) {
      assertThat(out.toString()).contains(farm.endpoints().get(i) + "\t" + farm.firmwares().get(i));
    }
    assertThat(out.toString()).contains("6 of 14 addresses answered");
  }

  private static int run(StringWriter out, String... args) {
    CommandLine command = SentryCommand.commandLine(Map.of(), Clock.systemUTC());
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(new StringWriter(), true));
    return command.execute(args);
  }
}
