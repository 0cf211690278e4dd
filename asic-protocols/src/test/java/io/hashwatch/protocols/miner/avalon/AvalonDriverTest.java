package io.hashwatch.protocols.miner.avalon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hashwatch.protocols.cgminer.CgminerStandIn;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.Fingerprint;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.testing.CgminerReplies;
import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.protocols.testing.TcpStandIn;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The driver against a real TCP server answering like an Avalon, on loopback. */
class AvalonDriverTest {
  /** The moment of the captured softoff reply ({@code When}), so that the request can be exact. */
  static final Instant SOFT_OFF_SENT = Instant.ofEpochSecond(1753434816);

  static final String SET_OK = Fixtures.text("avalon-foreman/ascset_0_led_1-1.response.txt");

  final AvalonDriver driver = new AvalonDriver(Clock.fixed(SOFT_OFF_SENT, ZoneOffset.UTC));

  static String joinedAvalonQ() {
    return "{\"version\":["
        + Fixtures.text("avalon-asicrs/version.json")
        + "],\"summary\":["
        + Fixtures.text("avalon-asicrs/summary.json")
        + "],\"pools\":["
        + Fixtures.text("avalon-asicrs/pools.json")
        + "],\"stats\":["
        + Fixtures.text("avalon-asicrs/stats.json")
        + "],\"id\":1}";
  }

  static MinerTarget target(CgminerStandIn miner) {
    return MinerTarget.of(miner.host(), miner.port());
  }

  @Test
  void onePollIsOneJoinedRequest() throws Exception {
    try (CgminerStandIn miner = new CgminerStandIn(request -> joinedAvalonQ())) {
      PollResult result = driver.poll(target(miner));

      assertThat(miner.requests()).containsExactly("{\"command\":\"version+summary+pools+stats\"}");
      Reading reading = (Reading) result;
      assertThat(reading.model()).isEqualTo("Avalon Q");
      assertThat(reading.hashrateAvgHs()).isCloseTo(44_539_601.86e6, within(1.0));
      assertThat(reading.boards()).hasSize(1);
      assertThat(reading.pools()).hasSize(1);
    }
  }

  @Test
  void firmwareThatCannotJoinIsAskedOneCommandAtATime() throws Exception {
    String joined = Fixtures.text("avalon-foreman/avalon10xx.pools+summary+stats.json");
    var members = Fixtures.json("avalon-foreman/avalon10xx.pools+summary+stats.json");
    Function<String, String> replies =
        request -> {
          if (request.contains("+")) {
            return "," + joined.substring(1); // Avalon's reply that starts with a comma
          }
          String command = request.replaceAll(".*\"command\":\"(\\w+)\".*", "$1");
          return command.equals("version")
              ? CgminerReplies.error(14, "Invalid command").toString()
              : members.getJsonArray(command).getJsonObject(0).toString();
        };
    try (CgminerStandIn miner = new CgminerStandIn(replies)) {
      Reading reading = (Reading) driver.poll(target(miner));

      assertThat(miner.requests()).hasSize(5);
      assertThat(reading.model()).isEqualTo("AvalonMiner 1047");
      assertThat(reading.hashrateHs()).isCloseTo(32_247_416.81e6, within(1.0));
      assertThat(reading.errors())
          .containsExactly("version: the miner answered E 14: Invalid command");
    }
  }

  @Test
  void aMinerThatDoesNotListenIsUnreachable() throws Exception {
    int port = TcpStandIn.closedPort();

    PollResult result = driver.poll(MinerTarget.of("127.0.0.1", port));

    assertThat(result).isInstanceOf(Unreachable.class);
    assertThat(result.errors().get(0)).contains("127.0.0.1:" + port);
  }

  @Test
  void sleepIsASoftOffFiveSecondsAhead() throws Exception {
    String reply =
        CgminerReplies.text("I", 1753434816, 118, "ASC 0 set info: success softoff:1753434821");
    try (CgminerStandIn miner = new CgminerStandIn(request -> reply)) {
      ActionResult result = driver.perform(target(miner), new MinerAction.Sleep());

      assertThat(miner.requests()).containsExactly("ascset|0,softoff,1:1753434821");
      assertThat(result)
          .isEqualTo(new ActionResult.Done("ASC 0 set info: success softoff:1753434821"));
    }
  }

  @Test
  void wakeIsASoftOn() throws Exception {
    String reply =
        CgminerReplies.text("I", 1753434816, 118, "ASC 0 set info: success softon:1753434821");
    try (CgminerStandIn miner = new CgminerStandIn(request -> reply)) {
      ActionResult result = driver.perform(target(miner), new MinerAction.Wake());

      assertThat(miner.requests()).containsExactly("ascset|0,softon,1:1753434821");
      assertThat(result).isInstanceOf(ActionResult.Done.class);
    }
  }

  @Test
  void rebootIsAscsetReboot() throws Exception {
    try (CgminerStandIn miner = new CgminerStandIn(request -> SET_OK)) {
      ActionResult result = driver.perform(target(miner), new MinerAction.Reboot());

      assertThat(miner.requests()).containsExactly("ascset|0,reboot,0");
      assertThat(result).isEqualTo(new ActionResult.Done("ASC 0 set OK"));
    }
  }

  @Test
  void restartMiningIsCgminersRestart() throws Exception {
    try (CgminerStandIn miner = new CgminerStandIn(request -> "{\"STATUS\":\"RESTART\"}")) {
      ActionResult result = driver.perform(target(miner), new MinerAction.RestartMining());

      assertThat(miner.requests()).containsExactly("{\"command\":\"restart\"}");
      assertThat(result).isInstanceOf(ActionResult.Done.class);
    }
  }

  @Test
  void setPoolsSetsEachSlotWithTheWebLoginThenReboots() throws Exception {
    try (CgminerStandIn miner = new CgminerStandIn(request -> SET_OK)) {
      var pools =
          new MinerAction.SetPools(
              List.of(
                  new MinerAction.PoolSetting("stratum+tcp://pool.example:3333", "farm.a1", "x"),
                  new MinerAction.PoolSetting("stratum+tcp://backup.example:443", "farm.a1", "")));

      ActionResult result = driver.perform(target(miner), pools);

      assertThat(miner.requests())
          .containsExactly(
              "ascset|0,setpool,root,root,0,stratum+tcp://pool.example:3333,farm.a1,x",
              "ascset|0,setpool,root,root,1,stratum+tcp://backup.example:443,farm.a1,",
              "ascset|0,reboot,0");
      assertThat(result).isInstanceOf(ActionResult.Done.class);
    }
  }

  @Test
  void setPoolsUsesTheTargetsWebLogin() throws Exception {
    try (CgminerStandIn miner = new CgminerStandIn(request -> SET_OK)) {
      MinerTarget target =
          target(miner).withCredentials(new MinerTarget.Credentials("admin", "s3cret"));

      driver.perform(
          target,
          new MinerAction.SetPools(
              List.of(new MinerAction.PoolSetting("stratum+tcp://p:1", "w", "x"))));

      assertThat(miner.requests().get(0))
          .isEqualTo("ascset|0,setpool,admin,s3cret,0,stratum+tcp://p:1,w,x");
    }
  }

  @Test
  void aRefusedPoolStopsBeforeTheReboot() throws Exception {
    String refused =
        CgminerReplies.text("E", 18984, 120, "ASC 0 set failed: setpool password error");
    try (CgminerStandIn miner = new CgminerStandIn(request -> refused)) {
      ActionResult result =
          driver.perform(
              target(miner),
              new MinerAction.SetPools(
                  List.of(new MinerAction.PoolSetting("stratum+tcp://p:1", "w", "x"))));

      assertThat(miner.requests()).hasSize(1);
      assertThat(result)
          .isEqualTo(
              new ActionResult.Failed(
                  "set pool 0: the miner answered E 120 ASC 0 set failed: setpool password error"));
    }
  }

  @Test
  void whatCannotBeSentIsUnsupportedAndNothingIsSent() throws Exception {
    try (CgminerStandIn miner = new CgminerStandIn(request -> SET_OK)) {
      var four =
          new MinerAction.SetPools(
              List.of(
                  new MinerAction.PoolSetting("stratum+tcp://a:1", "w", "x"),
                  new MinerAction.PoolSetting("stratum+tcp://b:1", "w", "x"),
                  new MinerAction.PoolSetting("stratum+tcp://c:1", "w", "x"),
                  new MinerAction.PoolSetting("stratum+tcp://d:1", "w", "x")));
      var comma =
          new MinerAction.SetPools(
              List.of(new MinerAction.PoolSetting("stratum+tcp://a:1", "w,1", "x")));

      assertThat(driver.perform(target(miner), four)).isInstanceOf(ActionResult.Unsupported.class);
      assertThat(driver.perform(target(miner), comma)).isInstanceOf(ActionResult.Unsupported.class);
      assertThat(miner.requests()).isEmpty();
    }
  }

  @Test
  void aMinerThatClosesWithoutAWordFailsTheAction() throws Exception {
    try (CgminerStandIn miner = new CgminerStandIn(request -> null)) {
      ActionResult result = driver.perform(target(miner), new MinerAction.Reboot());

      assertThat(result)
          .isEqualTo(
              new ActionResult.Failed("reboot: the miner closed the connection without a reply"));
    }
  }

  @Test
  void recognizesAvalonsByTheirVersionOrTheirMmStrings() throws Exception {
    var avalonQ = new Fingerprint(Fixtures.json("avalon-asicrs/version.json"), null, false);
    var auc = new Fingerprint(null, Fixtures.json("avalon-foreman/avalon7xx.stats.json"), false);
    var luxos = new Fingerprint(Fixtures.json("luxos/version.json"), null, false);

    assertThat(driver.recognizes(avalonQ)).isTrue();
    assertThat(driver.recognizes(auc)).isTrue();
    assertThat(driver.recognizes(luxos)).isFalse();
    assertThat(driver.recognizes(new Fingerprint(null, null, true))).isFalse();
  }
}
