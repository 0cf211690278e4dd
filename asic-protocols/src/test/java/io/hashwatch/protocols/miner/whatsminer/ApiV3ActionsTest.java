package io.hashwatch.protocols.miner.whatsminer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.miner.MinerTarget;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** API v3 writes against a miner side that checks tokens and decrypts the pools on its own. */
class ApiV3ActionsTest {
  private static final Instant NOW = Instant.parse("2026-03-18T21:32:50Z");

  private static ActionResult perform(
      ApiV3MinerSide miner, MinerTarget.Credentials credentials, MinerAction action)
      throws Exception {
    try (ApiV3StandIn standIn = new ApiV3StandIn(miner)) {
      WhatsminerDriver driver =
          new WhatsminerDriver(standIn.port(), TestModels.NONE, Clock.fixed(NOW, ZoneOffset.UTC));
      MinerTarget target =
          MinerTarget.of("127.0.0.1", WhatsminerPollTest.closedPort()).withCredentials(credentials);
      return driver.perform(target, action);
    }
  }

  private static ApiV3MinerSide.Write only(ApiV3MinerSide miner) {
    assertThat(miner.writes()).hasSize(1);
    return miner.writes().get(0);
  }

  private static JsonValue text(String value) {
    return Json.createValue(value);
  }

  @Test
  void restartSleepAndWakeAreTheMinerService() throws Exception {
    ApiV3MinerSide restart = new ApiV3MinerSide("super", "super");
    ApiV3MinerSide sleep = new ApiV3MinerSide("super", "super");
    ApiV3MinerSide wake = new ApiV3MinerSide("super", "super");

    assertThat(perform(restart, MinerTarget.Credentials.DEFAULT, new MinerAction.RestartMining()))
        .isEqualTo(new ActionResult.Done("set.miner.service: ok"));
    perform(sleep, MinerTarget.Credentials.DEFAULT, new MinerAction.Sleep());
    perform(wake, MinerTarget.Credentials.DEFAULT, new MinerAction.Wake());

    assertThat(only(restart))
        .isEqualTo(
            new ApiV3MinerSide.Write(
                "set.miner.service", "super", NOW.getEpochSecond(), text("restart")));
    assertThat(only(sleep).param()).isEqualTo(text("stop"));
    assertThat(only(wake).param()).isEqualTo(text("start"));
  }

  @Test
  void rebootIsTheSystemRebootAndSilenceAfterItIsSuccess() throws Exception {
    ApiV3MinerSide miner = new ApiV3MinerSide("super", "super");

    ActionResult result = perform(miner, MinerTarget.Credentials.DEFAULT, new MinerAction.Reboot());

    assertThat(result).isInstanceOf(ActionResult.Done.class);
    assertThat(only(miner).cmd()).isEqualTo("set.system.reboot");
    assertThat(only(miner).param()).isEqualTo(JsonValue.NULL);
  }

  @Test
  void setPoolsSendsThePoolsEncrypted() throws Exception {
    ApiV3MinerSide miner = new ApiV3MinerSide("super", "super");
    MinerAction action =
        new MinerAction.SetPools(
            List.of(
                new MinerAction.PoolSetting("stratum+tcp://pool.example:3333", "farm.w1", "x")));

    assertThat(perform(miner, MinerTarget.Credentials.DEFAULT, action))
        .isInstanceOf(ActionResult.Done.class);

    assertThat(only(miner).param())
        .isEqualTo(
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("pool", "stratum+tcp://pool.example:3333")
                        .add("worker", "farm.w1")
                        .add("passwd", "x"))
                .build());
  }

  @Test
  void theTargetsAccountAndPasswordAreUsed() throws Exception {
    ApiV3MinerSide miner = new ApiV3MinerSide("user1", "p4ss");

    ActionResult result =
        perform(miner, new MinerTarget.Credentials("user1", "p4ss"), new MinerAction.Wake());

    assertThat(result).isInstanceOf(ActionResult.Done.class);
    assertThat(only(miner).account()).isEqualTo("user1");
  }

  @Test
  void aWrongPasswordFailsWithTheMinersCode() throws Exception {
    ApiV3MinerSide miner = new ApiV3MinerSide("super", "super");

    ActionResult result =
        perform(miner, new MinerTarget.Credentials(null, "wrong"), new MinerAction.RestartMining());

    assertThat(result).isInstanceOf(ActionResult.Failed.class);
    assertThat(((ActionResult.Failed) result).reason())
        .isEqualTo("set.miner.service: the miner answered code -2: invalid token");
    assertThat(miner.writes()).isEmpty();
  }
}
