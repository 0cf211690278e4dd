package io.hashwatch.sentry.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.transport.DeviceResponseException;
import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class SimulatorTest {

  @Test
  void servesEachMinerOnItsOwnLoopbackAddressWithItsFirmwaresReplies() throws Exception {
    int port = freePort();
    List<String> announced = new ArrayList<>();
    try (Simulator simulator = Simulator.start(6, "127.0.9.1", port, List.of(), announced::add)) {
      assertThat(simulator.endpoints())
          .containsExactly(
              "127.0.9.1:" + port,
              "127.0.9.2:" + port,
              "127.0.9.3:" + port,
              "127.0.9.4:" + port,
              "127.0.9.5:" + port,
              "127.0.9.6:" + port);
      assertThat(simulator.firmwares())
          .containsExactly("stock", "braiins", "avalon", "luxos", "vnish", "whatsminer");
      assertThat(announced).hasSize(6).first().isEqualTo("127.0.9.1:" + port + " stock");

      JsonObject summary = new CgminerClient("127.0.9.1", port).command("summary");
      assertThat(
              summary
                  .getJsonArray("SUMMARY")
                  .getJsonObject(0)
                  .getJsonNumber("GHS 5s")
                  .doubleValue())
          .isBetween(110566.89 * 0.97, 110566.89 * 1.03);

      Map<String, JsonObject> joined =
          new CgminerClient("127.0.9.2", port).commands(List.of("summary", "pools"));
      assertThat(joined.get("pools").getJsonArray("POOLS")).isNotEmpty();
      assertThat(joined.get("summary").getJsonArray("SUMMARY")).isNotEmpty();
    }
  }

  @Test
  void answersAnUnknownCommandAsCgminerDoes() throws Exception {
    int port = freePort();
    try (Simulator simulator =
        Simulator.start(1, "127.0.9.20", port, List.of("stock"), line -> {})) {
      Assertions.assertThatThrownBy(() -> new CgminerClient("127.0.9.20", port).command("nosuch"))
          .isInstanceOf(DeviceResponseException.class)
          .hasMessageContaining("Invalid command");
    }
  }

  @Test
  void skipsAnAddressAlreadyInUse() throws Exception {
    int port = freePort();
    try (ServerSocket taken = new ServerSocket(port, 1, InetAddress.getByName("127.0.9.31"));
        Simulator simulator =
            Simulator.start(2, "127.0.9.30", port, List.of("braiins"), line -> {})) {
      assertThat(simulator.endpoints()).containsExactly("127.0.9.30:" + port, "127.0.9.32:" + port);
    }
  }

  @Test
  void aRequestLongerThanItsFirstBufferIsReadWholeAndAnswered() throws Exception {
    int port = freePort();
    try (Simulator simulator =
        Simulator.start(1, "127.0.9.40", port, List.of("stock"), line -> {})) {
      JsonObject summary =
          new CgminerClient("127.0.9.40", port).command("summary", "x".repeat(5_000));

      assertThat(summary.getJsonArray("SUMMARY")).isNotEmpty();
    }
  }

  @Test
  void manyConnectionsInTurnReuseTheirBuffersAndEachGetsItsWholeReply() throws Exception {
    int port = freePort();
    try (Simulator simulator =
        Simulator.start(2, "127.0.9.50", port, List.of("luxos", "whatsminer"), line -> {})) {
      CgminerClient luxos = new CgminerClient("127.0.9.50", port);
      CgminerClient whatsminer = new CgminerClient("127.0.9.51", port);
      for (int i = 0; i < 200; i++) {
        assertThat(luxos.commands(List.of("summary", "stats", "devs")).get("stats"))
            .containsKey("STATS");
        assertThat(whatsminer.command("devs")).containsKey("DEVS");
      }
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
