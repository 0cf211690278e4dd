package io.hashwatch.protocols.miner.antminer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.hashwatch.protocols.cgminer.CgminerStandIn;
import io.hashwatch.protocols.miner.DriverRegistry;
import io.hashwatch.protocols.miner.Identification;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.testing.TcpStandIn;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Polls over real TCP against a cgminer stand-in replaying the recorded replies. */
class StockPollTest {
  private static final String INVALID =
      "{\"STATUS\":[{\"STATUS\":\"E\",\"When\":1,\"Code\":14,\"Msg\":\"Invalid command\","
          + "\"Description\":\"cgminer 1.0.0\"}],\"id\":1}";

  private final AntminerDriver driver = new AntminerDriver();

  /**
   * A miner answering each command with its recorded reply and unknown ones with "Invalid command";
   * with {@code joins}, {@code a+b} is answered as api.c joins replies.
   */
  private static Function<String, String> miner(Map<String, String> replies, boolean joins) {
    return request -> {
      String command = request.replaceAll(".*\"command\"\\s*:\\s*\"([^\"]*)\".*", "$1");
      if (!command.contains("+")) {
        return replies.getOrDefault(command, INVALID);
      }
      if (!joins) {
        return INVALID;
      }
      StringBuilder joined = new StringBuilder("{");
      for (String part : command.split("\\+")) {
        joined.append('"').append(part).append("\":[");
        joined.append(replies.getOrDefault(part, INVALID)).append("],");
      }
      return joined.append("\"id\":1}").toString();
    };
  }

  private static Map<String, String> recorded(String folder, String... commandsAndFiles) {
    Map<String, String> replies = new HashMap<>();
    for (int i = 0; i < commandsAndFiles.length; i += 2) {
      replies.put(commandsAndFiles[i], Recorded.text(folder, commandsAndFiles[i + 1]));
    }
    return replies;
  }

  private static MinerTarget target(CgminerStandIn standIn, Duration replyTimeout) {
    return new MinerTarget(
        standIn.host(),
        standIn.port(),
        80,
        MinerTarget.Credentials.DEFAULT,
        Duration.ofSeconds(2),
        replyTimeout);
  }

  @Test
  void pollsAnS19ProWithOneJoinedCommand() throws IOException {
    Map<String, String> replies =
        recorded(
            "antminer-stock-s19pro-bmminer",
            "summary",
            "summary.json",
            "pools",
            "pools.json",
            "stats",
            "stats.json");
    try (CgminerStandIn standIn = new CgminerStandIn(miner(replies, true))) {
      PollResult result = driver.poll(target(standIn, Duration.ofSeconds(5)));

      assertThat(standIn.requests()).containsExactly("{\"command\":\"summary+pools+stats\"}");
      Reading reading = (Reading) result;
      assertThat(reading.model()).isEqualTo("Antminer S19 Pro");
      assertThat(reading.hashrateHs()).isCloseTo(110566.89e9, offset(1.0));
      assertThat(reading.boards()).extracting(Board::chips).containsExactly(114, 114, 114);
      assertThat(reading.pools()).hasSize(3);
      assertThat(reading.hardwareErrors()).isEqualTo(562L);
      assertThat(reading.errors()).isEmpty();
    }
  }

  @Test
  void asksOneByOneWhenTheJoinIsRefusedAndSaysWhatIsMissing() throws IOException {
    Map<String, String> replies =
        recorded("antminer-stock-s17pro-foreman", "pools", "pools.json", "stats", "stats.json");
    try (CgminerStandIn standIn = new CgminerStandIn(miner(replies, false))) {
      Reading reading = (Reading) driver.poll(target(standIn, Duration.ofSeconds(5)));

      assertThat(standIn.requests()).hasSize(4);
      assertThat(reading.hashrateHs()).isCloseTo(54997.01e9, offset(1.0));
      assertThat(reading.pools()).hasSize(3);
      assertThat(reading.accepted()).isNull();
      assertThat(reading.errors()).singleElement().asString().startsWith("summary:").contains("14");
    }
  }

  @Test
  void repairsTheMissingCommaOfAnL3PlusOverTheWire() throws IOException {
    Map<String, String> replies = recorded("antminer-legacy-foreman", "stats", "l3plus.stats.json");
    try (CgminerStandIn standIn = new CgminerStandIn(miner(replies, true))) {
      Reading reading = (Reading) driver.poll(target(standIn, Duration.ofSeconds(5)));

      assertThat(reading.hashrateHs()).isCloseTo(504.56e6, offset(1e-3));
      assertThat(reading.boards()).hasSize(4);
      assertThat(reading.errors()).hasSize(2); // summary and pools were not recorded
    }
  }

  @Test
  void aSleepingMinerIsAReadingNotUnreachable() throws IOException {
    Map<String, String> replies =
        recorded(
            "antminer-stock-s19-foreman",
            "pools",
            "pools.sleeping.json",
            "stats",
            "stats.sleeping.json");
    try (CgminerStandIn standIn = new CgminerStandIn(miner(replies, true))) {
      PollResult result = driver.poll(target(standIn, Duration.ofSeconds(5)));

      assertThat(result).isInstanceOf(Reading.class);
      assertThat(((Reading) result).hashrateHs()).isEqualTo(0.0);
    }
  }

  @Test
  void theRegistryIdentifiesAndPollsAStockMiner() throws IOException {
    Map<String, String> replies =
        recorded(
            "antminer-stock-s19pro-bmminer",
            "version",
            "version.json",
            "summary",
            "summary.json",
            "pools",
            "pools.json",
            "stats",
            "stats.json");
    try (CgminerStandIn standIn = new CgminerStandIn(miner(replies, true))) {
      DriverRegistry registry = new DriverRegistry(List.of(driver));
      MinerTarget target = target(standIn, Duration.ofSeconds(5));

      assertThat(registry.identify(target)).isInstanceOf(Identification.Identified.class);
      assertThat(registry.poll(target)).isInstanceOf(Reading.class);
    }
  }

  @Test
  void aMinerRefusingEveryCommandIsRejected() throws IOException {
    try (CgminerStandIn standIn = new CgminerStandIn(miner(Map.of(), false))) {
      PollResult result = driver.poll(target(standIn, Duration.ofSeconds(5)));

      assertThat(result).isInstanceOf(Rejected.class);
      assertThat(result.errors()).hasSize(3);
    }
  }

  @Test
  void aReplyThatIsNotJsonIsRejected() throws IOException {
    try (CgminerStandIn standIn = new CgminerStandIn(request -> "<html>busy</html>")) {
      assertThat(driver.poll(target(standIn, Duration.ofSeconds(5)))).isInstanceOf(Rejected.class);
    }
  }

  @Test
  void aClosedPortIsUnreachable() throws IOException {
    int port = TcpStandIn.closedPort();
    PollResult result = driver.poll(MinerTarget.of("127.0.0.1", port));

    assertThat(result).isInstanceOf(Unreachable.class);
  }

  @Test
  void aMinerThatNeverAnswersIsUnreachableWithinTheTimeout() throws Exception {
    CountDownLatch released = new CountDownLatch(1);
    try (CgminerStandIn standIn =
        new CgminerStandIn(request -> CgminerStandIn.silentUntil(released))) {
      PollResult result = driver.poll(target(standIn, Duration.ofMillis(300)));

      assertThat(result).isInstanceOf(Unreachable.class);
      assertThat(result.errors()).singleElement().asString().contains("300 ms");
    } finally {
      released.countDown();
    }
  }
}
