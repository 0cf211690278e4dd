package io.hashwatch.protocols.miner.whatsminer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.cgminer.CgminerStandIn;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.testing.Fixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Encrypted writes of API v1/v2 against a miner side that decrypts them on its own. */
class ApiV2ActionsTest {

  private static ActionResult perform(
      BtminerMinerSide miner, MinerTarget.Credentials credentials, MinerAction action)
      throws Exception {
    try (CgminerStandIn standIn = new CgminerStandIn(miner)) {
      MinerTarget target =
          MinerTarget.of(standIn.host(), standIn.port()).withCredentials(credentials);
      return WhatsminerPollTest.driver(WhatsminerPollTest.closedPort()).perform(target, action);
    }
  }

  private static JsonObject only(BtminerMinerSide miner) {
    assertThat(miner.writes()).hasSize(1);
    return miner.writes().get(0);
  }

  @Test
  void theMinerSideReadsTheRealVector() {
    BtminerMinerSide miner = new BtminerMinerSide("my-auth-password");
    JsonObject vector = Fixtures.json("whatsminer-btminer-foreman/crypto_test_vector.json");
    JsonObject first = vector.getJsonArray("cases").getJsonObject(0);

    String reply = miner.apply(first.getString("request_on_wire"));

    assertThat(only(miner).toString())
        .isEqualTo(first.getString("request_plaintext_with_NUL_padding").replace("\u0000", ""));
    assertThat(reply).startsWith("{\"enc\":\"");
  }

  @Test
  void restartMiningIsRestartBtminerWithTheDefaultPassword() throws Exception {
    BtminerMinerSide miner = new BtminerMinerSide("admin");

    ActionResult result =
        perform(miner, MinerTarget.Credentials.DEFAULT, new MinerAction.RestartMining());

    assertThat(result).isEqualTo(new ActionResult.Done("restart_btminer: accepted"));
    assertThat(only(miner).getString("cmd")).isEqualTo("restart_btminer");
    assertThat(only(miner).keySet()).containsExactly("cmd", "token");
  }

  @Test
  void sleepIsPowerOffAnsweringBeforeAndWakeIsPowerOn() throws Exception {
    MinerTarget.Credentials mine = new MinerTarget.Credentials(null, "s3cret");
    BtminerMinerSide sleeping = new BtminerMinerSide("s3cret");
    BtminerMinerSide waking = new BtminerMinerSide("s3cret");

    assertThat(perform(sleeping, mine, new MinerAction.Sleep()))
        .isInstanceOf(ActionResult.Done.class);
    assertThat(perform(waking, mine, new MinerAction.Wake())).isInstanceOf(ActionResult.Done.class);

    assertThat(only(sleeping).getString("cmd")).isEqualTo("power_off");
    assertThat(only(sleeping).getString("respbefore")).isEqualTo("true");
    assertThat(only(waking).getString("cmd")).isEqualTo("power_on");
  }

  @Test
  void rebootIsDoneEvenWhenTheMinerGoesDownWithoutAnswering() throws Exception {
    BtminerMinerSide miner = new BtminerMinerSide("admin").silentOnReboot();

    ActionResult result = perform(miner, MinerTarget.Credentials.DEFAULT, new MinerAction.Reboot());

    assertThat(result).isInstanceOf(ActionResult.Done.class);
    assertThat(only(miner).getString("cmd")).isEqualTo("reboot");
  }

  @Test
  void setPoolsFillsThreeSlots() throws Exception {
    BtminerMinerSide miner = new BtminerMinerSide("admin");
    MinerAction action =
        new MinerAction.SetPools(
            List.of(
                new MinerAction.PoolSetting("stratum+tcp://pool.example:3333", "farm.w1", "x"),
                new MinerAction.PoolSetting("stratum+tcp://backup.example:443", "farm.w1", null)));

    ActionResult result = perform(miner, MinerTarget.Credentials.DEFAULT, action);

    assertThat(result).isInstanceOf(ActionResult.Done.class);
    JsonObject expected =
        Json.createObjectBuilder()
            .add("cmd", "update_pools")
            .add("pool1", "stratum+tcp://pool.example:3333")
            .add("worker1", "farm.w1")
            .add("passwd1", "x")
            .add("pool2", "stratum+tcp://backup.example:443")
            .add("worker2", "farm.w1")
            .add("passwd2", "")
            .add("pool3", "")
            .add("worker3", "")
            .add("passwd3", "")
            .add("token", only(miner).getString("token"))
            .build();
    assertThat(only(miner)).isEqualTo(expected);
  }

  @Test
  void aWrongPasswordFailsWithTheMinersError() throws Exception {
    BtminerMinerSide miner = new BtminerMinerSide("admin");

    ActionResult result =
        perform(miner, new MinerTarget.Credentials(null, "wrong"), new MinerAction.RestartMining());

    assertThat(result).isInstanceOf(ActionResult.Failed.class);
    assertThat(((ActionResult.Failed) result).reason())
        .isEqualTo("restart_btminer: the miner answered E 23: invalid cmd");
    assertThat(miner.writes()).isEmpty();
    assertThat(miner.refusals()).hasSize(1);
  }

  @Test
  void moreThanThreePoolsIsUnsupportedAndNothingIsSent() throws Exception {
    BtminerMinerSide miner = new BtminerMinerSide("admin");
    try (CgminerStandIn standIn = new CgminerStandIn(miner)) {
      MinerAction.PoolSetting pool = new MinerAction.PoolSetting("stratum+tcp://p:1", "w", "x");

      ActionResult result =
          WhatsminerPollTest.driver(WhatsminerPollTest.closedPort())
              .perform(
                  MinerTarget.of(standIn.host(), standIn.port()),
                  new MinerAction.SetPools(List.of(pool, pool, pool, pool)));

      assertThat(result).isInstanceOf(ActionResult.Unsupported.class);
      assertThat(standIn.requests()).isEmpty();
    }
  }
}
