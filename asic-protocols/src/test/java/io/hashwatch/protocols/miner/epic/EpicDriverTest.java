package io.hashwatch.protocols.miner.epic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.Fingerprint;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.miner.MinerAction.PoolSetting;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.protocols.testing.TcpStandIn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The driver against a real HTTP server answering like ePIC's UMC, on loopback. */
class EpicDriverTest {
  final EpicDriver driver = new EpicDriver();

  static MinerTarget target(EpicStandIn miner) {
    return MinerTarget.of(miner.host(), miner.port());
  }

  @Test
  void aPollReadsSummaryCapabilitiesAndChipHashrates() throws Exception {
    try (EpicStandIn miner = new EpicStandIn("letmein")) {
      Reading reading = (Reading) driver.poll(target(miner));

      assertThat(miner.requests())
          .containsExactly("GET /summary", "GET /capabilities", "GET /hashrate");
      assertThat(reading.model()).isEqualTo("AntMiner S19 XP");
      assertThat(reading.hashrateHs()).isCloseTo(99_365_848.0e6, within(1.0));
      assertThat(reading.boards()).hasSize(2);
      assertThat(reading.errors()).isEmpty();
    }
  }

  @Test
  void aMissingOptionalEndpointIsNotedNotFatal() throws Exception {
    try (EpicStandIn miner = new EpicStandIn("letmein").answer("GET /hashrate", null)) {
      Reading reading = (Reading) driver.poll(target(miner));

      assertThat(reading.boards()).extracting(board -> board.chips()).containsOnlyNulls();
      assertThat(reading.errors()).containsExactly("hashrate: GET /hashrate answered HTTP 404");
    }
  }

  @Test
  void aMinerThatDoesNotListenIsUnreachable() throws Exception {
    int port = TcpStandIn.closedPort();

    PollResult result = driver.poll(MinerTarget.of("127.0.0.1", port));

    assertThat(result).isInstanceOf(Unreachable.class);
  }

  @Test
  void recognizesHttpOnTheApiPortOnly() throws Exception {
    assertThat(driver.recognizes(new Fingerprint(null, null, true))).isTrue();
    assertThat(driver.recognizes(new Fingerprint(Fixtures.json("luxos/version.json"), null, false)))
        .isFalse();
  }

  @Test
  void rebootAndRestartPostAZeroDelayWithTheDefaultPassword() throws Exception {
    try (EpicStandIn miner = new EpicStandIn("letmein")) {
      ActionResult reboot = driver.perform(target(miner), new MinerAction.Reboot());
      ActionResult restart = driver.perform(target(miner), new MinerAction.RestartMining());

      assertThat(miner.requests())
          .containsExactly(
              "POST /reboot {\"param\":0,\"password\":\"letmein\"}",
              "POST /softreboot {\"param\":0,\"password\":\"letmein\"}");
      assertThat(reboot).isEqualTo(new ActionResult.Done("/reboot accepted"));
      assertThat(restart).isEqualTo(new ActionResult.Done("/softreboot accepted"));
    }
  }

  @Test
  void sleepStopsAndWakeAutostartsTheMiner() throws Exception {
    try (EpicStandIn miner = new EpicStandIn("letmein")) {
      driver.perform(target(miner), new MinerAction.Sleep());
      driver.perform(target(miner), new MinerAction.Wake());

      assertThat(miner.requests())
          .containsExactly(
              "POST /miner {\"param\":\"Stop\",\"password\":\"letmein\"}",
              "POST /miner {\"param\":\"Autostart\",\"password\":\"letmein\"}");
    }
  }

  @Test
  void setPoolsKeepsTheCoinAndTheUniqueIdSetting() throws Exception {
    try (EpicStandIn miner = new EpicStandIn("letmein")) {
      ActionResult result =
          driver.perform(
              target(miner),
              new MinerAction.SetPools(
                  List.of(
                      new PoolSetting("stratum+tcp://pool.example:3333", "farm.e1", "x"),
                      new PoolSetting("stratum+tcp://backup.example:443", "farm.e1", ""))));

      assertThat(miner.requests())
          .containsExactly(
              "GET /summary",
              "POST /coin {\"param\":{\"coin\":\"BTC\",\"stratum_configs\":["
                  + "{\"pool\":\"stratum+tcp://pool.example:3333\",\"login\":\"farm.e1\",\"password\":\"x\"},"
                  + "{\"pool\":\"stratum+tcp://backup.example:443\",\"login\":\"farm.e1\",\"password\":\"\"}],"
                  + "\"unique_id\":true},\"password\":\"letmein\"}");
      assertThat(result).isEqualTo(new ActionResult.Done("/coin accepted"));
    }
  }

  @Test
  void theTargetsPasswordReplacesTheDefault() throws Exception {
    try (EpicStandIn miner = new EpicStandIn("0ther")) {
      MinerTarget target =
          target(miner).withCredentials(new MinerTarget.Credentials(null, "0ther"));

      assertThat(driver.perform(target, new MinerAction.Reboot()))
          .isInstanceOf(ActionResult.Done.class);
      assertThat(driver.perform(target(miner), new MinerAction.Reboot()))
          .isEqualTo(new ActionResult.Failed("POST /reboot answered HTTP 401 (password refused)"));
    }
  }

  @Test
  void aRefusalSaysWhy() throws Exception {
    try (EpicStandIn miner =
        new EpicStandIn("letmein")
            .answer("POST /miner", "{\"result\":false,\"error\":\"Miner is tuning\"}")) {
      assertThat(driver.perform(target(miner), new MinerAction.Sleep()))
          .isEqualTo(new ActionResult.Failed("/miner refused: Miner is tuning"));
    }
  }

  @Test
  void fourPoolsAreUnsupportedAndNothingIsSent() throws Exception {
    try (EpicStandIn miner = new EpicStandIn("letmein")) {
      PoolSetting pool = new PoolSetting("stratum+tcp://p:1", "w", "x");

      ActionResult result =
          driver.perform(target(miner), new MinerAction.SetPools(List.of(pool, pool, pool, pool)));

      assertThat(result).isInstanceOf(ActionResult.Unsupported.class);
      assertThat(miner.requests()).isEmpty();
    }
  }
}
