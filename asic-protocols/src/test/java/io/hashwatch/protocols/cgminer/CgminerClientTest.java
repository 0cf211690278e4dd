package io.hashwatch.protocols.cgminer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.protocols.transport.DeviceConnectException;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.protocols.transport.DeviceTimeoutException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class CgminerClientTest {
  private static final String REFUSED =
      "{\"STATUS\":[{\"STATUS\":\"E\",\"When\":1,\"Code\":14,\"Msg\":\"Invalid command\","
          + "\"Description\":\"cgminer 4.9.2\"}],\"id\":1}";

  private static CgminerClient client(CgminerStandIn miner) {
    return new CgminerClient(miner.host(), miner.port());
  }

  private static CgminerClient client(CgminerStandIn miner, int replyMillis, int maxBytes) {
    return new CgminerClient(
        miner.host(),
        miner.port(),
        new CgminerClient.Settings(
            Duration.ofSeconds(2), Duration.ofMillis(replyMillis), maxBytes));
  }

  @Test
  void aCommandGetsItsCheckedReply() throws Exception {
    String summary = RecordedReplies.text("antminer-stock-s19pro-bmminer/summary.json");
    try (CgminerStandIn miner = new CgminerStandIn(request -> summary)) {
      JsonObject reply = client(miner).command("summary");

      assertThat(miner.requests()).containsExactly("{\"command\":\"summary\"}");
      JsonObject figures = reply.getJsonArray("SUMMARY").getJsonObject(0);
      assertThat(figures.getJsonNumber("GHS 5s").doubleValue()).isEqualTo(110566.89);
      assertThat(figures.getInt("Accepted")).isEqualTo(4057);
      assertThat(CgminerStatus.description(reply)).isEqualTo("cgminer 1.0.0");
    }
  }

  @Test
  void aCommandWithAParameterSendsItAsOneString() throws Exception {
    String ok =
        "{\"STATUS\":[{\"STATUS\":\"S\",\"When\":986,\"Code\":119,\"Msg\":\"ASC 0 set OK\"}],\"id\":1}";
    try (CgminerStandIn miner = new CgminerStandIn(request -> ok)) {
      client(miner).command("ascset", "0,led,1-1");

      assertThat(miner.requests())
          .containsExactly("{\"command\":\"ascset\",\"parameter\":\"0,led,1-1\"}");
    }
  }

  @Test
  void aPlainTextRequestGetsTheTextReply() throws Exception {
    String text = RecordedReplies.text("avalon-foreman/ascset_0_led_1-1.response.txt");
    try (CgminerStandIn miner = new CgminerStandIn(request -> text)) {
      assertThat(client(miner).send("ascset|0,led,1-1")).isEqualTo(text);
      assertThat(miner.requests()).containsExactly("ascset|0,led,1-1");
    }
  }

  @Test
  void joinedCommandsAreSplitByCommandInOneExchange() throws Exception {
    String joined = RecordedReplies.text("avalon-foreman/avalon10xx.pools+summary+stats.json");
    try (CgminerStandIn miner = new CgminerStandIn(request -> joined)) {
      Map<String, JsonObject> replies =
          client(miner).commands(List.of("pools", "summary", "stats"));

      assertThat(miner.requests()).containsExactly("{\"command\":\"pools+summary+stats\"}");
      assertThat(replies).containsOnlyKeys("pools", "summary", "stats");
      assertThat(replies.get("pools").getJsonArray("POOLS")).hasSize(3);
      assertThat(replies.get("pools").getJsonArray("POOLS").getJsonObject(0).getString("URL"))
          .isEqualTo("stratum+tcp://sha256.mining-dutch.nl:9996");
      assertThat(
              replies
                  .get("summary")
                  .getJsonArray("SUMMARY")
                  .getJsonObject(0)
                  .getJsonNumber("MHS av")
                  .doubleValue())
          .isEqualTo(25536751.74);
      assertThat(replies.get("stats").getJsonArray("STATS").getJsonObject(0).getString("ID"))
          .isEqualTo("AVA100");
      assertThat(CgminerStatus.description(replies.get("stats"))).isEqualTo("cgminer 4.11.1");
    }
  }

  @Test
  void aRefusedJoinedCommandIsAskedOneByOne() throws Exception {
    Map<String, String> single =
        Map.of(
            "{\"command\":\"summary\"}",
            RecordedReplies.text("antminer-stock-s19pro-bmminer/summary.json"),
            "{\"command\":\"pools\"}",
            RecordedReplies.text("antminer-stock-s19pro-bmminer/pools.json"),
            "{\"command\":\"stats\"}",
            RecordedReplies.text("antminer-stock-s19pro-bmminer/stats.json"));
    try (CgminerStandIn miner =
        new CgminerStandIn(request -> single.getOrDefault(request, REFUSED))) {
      Map<String, JsonObject> replies =
          client(miner).commands(List.of("summary", "pools", "stats"));

      assertThat(miner.requests())
          .containsExactly(
              "{\"command\":\"summary+pools+stats\"}",
              "{\"command\":\"summary\"}",
              "{\"command\":\"pools\"}",
              "{\"command\":\"stats\"}");
      assertThat(replies.get("summary").getJsonArray("SUMMARY").getJsonObject(0).getInt("Accepted"))
          .isEqualTo(4057);
      assertThat(replies.get("pools").containsKey("POOLS")).isTrue();
      assertThat(replies.get("stats").containsKey("STATS")).isTrue();
    }
  }

  @Test
  void aReplyWithoutItsNulIsReadToTheEnd() throws Exception {
    String stats = RecordedReplies.text("luxos/healthchipget_0.json");
    try (CgminerStandIn miner = new CgminerStandIn(request -> stats).withoutNul()) {
      assertThat(client(miner).send("{\"command\":\"healthchipget\"}")).isEqualTo(stats);
      assertThat(client(miner).command("healthchipget")).isEqualTo(CgminerClient.parse(stats));
    }
  }

  @Test
  void anErrorStatusIsAResponseExceptionWithItsCode() throws Exception {
    String vnish = RecordedReplies.text("vnish-s21pro/rpc_version.json");
    String denied =
        "{\"STATUS\":[{\"STATUS\":\"E\",\"When\":1,\"Code\":45,"
            + "\"Msg\":\"Access denied to 'restart' command\"}],\"id\":1}";
    try (CgminerStandIn miner =
        new CgminerStandIn(request -> request.contains("version") ? vnish : denied)) {
      assertThatThrownBy(() -> client(miner).command("version"))
          .isInstanceOfSatisfying(DeviceResponseException.class, e -> assertThat(e.code()).isZero())
          .hasMessageContaining("Invalid command");
      assertThatThrownBy(() -> client(miner).command("restart"))
          .isInstanceOfSatisfying(
              DeviceResponseException.class, e -> assertThat(e.code()).isEqualTo(45))
          .hasMessageContaining("Access denied to 'restart' command");
    }
  }

  @Test
  void aMinerThatNeverAnswersTimesOut() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (CgminerStandIn miner =
        new CgminerStandIn(request -> CgminerStandIn.silentUntil(release))) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> client(miner, 500, 1 << 20).command("summary"))
          .isInstanceOf(DeviceTimeoutException.class)
          .hasMessageContaining("500 ms");
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isBetween(Duration.ofMillis(450), Duration.ofMillis(3000));
    } finally {
      release.countDown();
    }
  }

  @Test
  void aClosedPortIsAConnectException() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    CgminerClient client = new CgminerClient("127.0.0.1", port);
    assertThatThrownBy(() -> client.command("summary"))
        .isInstanceOf(DeviceConnectException.class)
        .hasMessageContaining("127.0.0.1:" + port);
  }

  @Test
  void aReplyOverTheBoundIsMalformed() throws Exception {
    String stats = RecordedReplies.text("luxos/healthchipget_0.json");
    try (CgminerStandIn miner = new CgminerStandIn(request -> stats)) {
      assertThat(stats.length()).isGreaterThan(4096);
      assertThatThrownBy(() -> client(miner, 5000, 4096).command("healthchipget"))
          .isInstanceOf(MalformedReplyException.class)
          .hasMessageContaining("more than 4096 bytes");
      assertThat(client(miner, 5000, stats.length() + 1).command("healthchipget"))
          .containsKey("STATUS");
    }
  }

  @Test
  void aJoinedCommandTheMinerRefusesIsEmptyWithoutAskingMore() throws Exception {
    try (CgminerStandIn miner = new CgminerStandIn(request -> REFUSED)) {
      assertThat(client(miner).joined(List.of("summary", "pools"))).isEmpty();
      assertThat(miner.requests()).containsExactly("{\"command\":\"summary+pools\"}");
      assertThat(client(miner).reply("summary")).isEqualTo(CgminerClient.parse(REFUSED));
    }
  }

  @Test
  void aReplyManyTimesTheFirstBufferIsReadWholeAcrossItsCharacters() throws Exception {
    // 300 kB of two- and three-byte UTF-8 characters, so that reads end inside characters
    String reply = "{\"Msg\":\"" + "é€".repeat(60_000) + "\",\"id\":1}";
    try (CgminerStandIn miner = new CgminerStandIn(request -> reply)) {
      assertThat(client(miner).send("{\"command\":\"summary\"}")).isEqualTo(reply);
    }
    try (CgminerStandIn miner = new CgminerStandIn(request -> reply).withoutNul()) {
      assertThat(client(miner).send("{\"command\":\"summary\"}")).isEqualTo(reply);
    }
  }

  @Test
  void aReplyOneByteOverTheBoundIsMalformedAndOneAtItIsRead() throws Exception {
    String reply = "{\"Msg\":\"" + "x".repeat(70_000) + "\"}";
    int length = reply.length();
    try (CgminerStandIn miner = new CgminerStandIn(request -> reply)) {
      assertThatThrownBy(() -> client(miner, 5000, length - 1).send("{}"))
          .isInstanceOf(MalformedReplyException.class)
          .hasMessageContaining("more than " + (length - 1) + " bytes");
      assertThat(client(miner, 5000, length).send("{}")).isEqualTo(reply);
    }
  }

  @Test
  void aReplyThatIsNotJsonIsMalformed() throws Exception {
    String text =
        "STATUS=S,When=1,Code=11,Msg=Summary,Description=cgminer 4.9.2|SUMMARY,Elapsed=5|";
    try (CgminerStandIn miner = new CgminerStandIn(request -> text)) {
      assertThatThrownBy(() -> client(miner).command("summary"))
          .isInstanceOf(MalformedReplyException.class);
    }
    try (CgminerStandIn miner = new CgminerStandIn(request -> "")) {
      assertThatThrownBy(() -> client(miner).command("summary"))
          .isInstanceOf(MalformedReplyException.class)
          .hasMessageContaining("without a reply");
    }
  }
}
