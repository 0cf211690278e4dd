package io.hashwatch.protocols.miner.braiins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hashwatch.protocols.cgminer.CgminerStandIn;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.testing.CgminerReplies;
import io.hashwatch.protocols.testing.HttpStandIn.Request;
import io.hashwatch.protocols.testing.MinerActions;
import io.hashwatch.protocols.testing.TcpStandIn;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Actions against a REST stand-in that checks the login token, and a cgminer stand-in. */
class BraiinsActionsTest {
  private final BraiinsDriver driver = new BraiinsDriver();

  static MinerTarget target(int apiPort, BosRestStandIn web) {
    return MinerTarget.of("127.0.0.1", apiPort).withWebPort(web.port());
  }

  @ParameterizedTest
  @CsvSource({
    "restart, /api/v1/actions/restart",
    "reboot, /api/v1/actions/reboot",
    "sleep, /api/v1/actions/pause",
    "wake, /api/v1/actions/resume"
  })
  void each_action_is_a_put_with_the_login_token(String name, String path) throws Exception {
    try (BosRestStandIn web = BosRestStandIn.withPassword("root")) {
      ActionResult result = driver.perform(target(4028, web), MinerActions.named(name));

      assertThat(result).isInstanceOf(ActionResult.Done.class);
      assertThat(web.requests())
          .extracting(Request::method, Request::path, Request::authorization)
          .containsExactly(
              tuple("POST", "/api/v1/auth/login", null), tuple("PUT", path, BosRestStandIn.TOKEN));
    }
  }

  @Test
  void reboot_answered_204_is_done() throws Exception {
    try (BosRestStandIn web = BosRestStandIn.withPassword("root").answeringActions(204, "")) {
      ActionResult result = driver.perform(target(4028, web), new MinerAction.Reboot());

      assertThat(result).isEqualTo(new ActionResult.Done("reboot accepted"));
    }
  }

  @Test
  void pause_of_a_paused_miner_says_so() throws Exception {
    try (BosRestStandIn web = BosRestStandIn.withPassword("root").answeringActions(200, "true")) {
      ActionResult result = driver.perform(target(4028, web), new MinerAction.Sleep());

      assertThat(result).isEqualTo(new ActionResult.Done("pause accepted (it was already paused)"));
    }
  }

  @Test
  void set_pools_replaces_the_pool_groups() throws Exception {
    try (BosRestStandIn web = BosRestStandIn.withPassword("root")) {
      MinerAction.SetPools pools =
          new MinerAction.SetPools(
              List.of(
                  new MinerAction.PoolSetting("pool.example:3333", "farm.s9", "x"),
                  new MinerAction.PoolSetting("stratum2+tcp://v2.example:3336", "farm", "")));

      ActionResult result = driver.perform(target(4028, web), pools);

      assertThat(result).isInstanceOf(ActionResult.Done.class);
      Request put = web.requests().get(1);
      assertThat(put.method()).isEqualTo("PUT");
      assertThat(put.path()).isEqualTo("/api/v1/pools/batch");
      assertThat(put.authorization()).isEqualTo(BosRestStandIn.TOKEN);
      JsonArray groups = Recorded.parse("{\"groups\":" + put.body() + "}").getJsonArray("groups");
      assertThat(groups).hasSize(1);
      JsonArray sent = groups.getJsonObject(0).getJsonArray("pools");
      JsonObject first = sent.getJsonObject(0);
      assertThat(first.getString("url")).isEqualTo("stratum+tcp://pool.example:3333");
      assertThat(first.getString("user")).isEqualTo("farm.s9");
      assertThat(first.getString("password")).isEqualTo("x");
      assertThat(first.getBoolean("enabled")).isTrue();
      assertThat(sent.getJsonObject(1).getString("url"))
          .isEqualTo("stratum2+tcp://v2.example:3336");
    }
  }

  @Test
  void the_target_credentials_replace_the_default() throws Exception {
    try (BosRestStandIn web = BosRestStandIn.withPassword("s3cret")) {
      MinerTarget target =
          target(4028, web).withCredentials(new MinerTarget.Credentials(null, "s3cret"));

      assertThat(driver.perform(target, new MinerAction.Reboot()))
          .isInstanceOf(ActionResult.Done.class);
    }
  }

  @Test
  void a_refused_login_fails_and_sends_no_action() throws Exception {
    try (BosRestStandIn web = BosRestStandIn.withPassword("s3cret")) {
      ActionResult result = driver.perform(target(4028, web), new MinerAction.Reboot());

      assertThat(result).isInstanceOf(ActionResult.Failed.class);
      assertThat(((ActionResult.Failed) result).reason()).contains("refused", "401");
      assertThat(web.requests()).extracting(Request::path).containsExactly("/api/v1/auth/login");
    }
  }

  @Test
  void an_action_the_firmware_refuses_fails_with_its_status() throws Exception {
    try (BosRestStandIn web =
        BosRestStandIn.withPassword("root").answeringActions(500, "{\"message\":\"busy\"}")) {
      ActionResult result = driver.perform(target(4028, web), new MinerAction.RestartMining());

      assertThat(result)
          .isEqualTo(new ActionResult.Failed("restart failed: HTTP 500: {\"message\":\"busy\"}"));
    }
  }

  @Test
  void without_rest_sleep_and_wake_go_over_the_bosminer_api() throws Exception {
    try (BosRestStandIn web = BosRestStandIn.withoutRestApi();
        CgminerStandIn miner =
            new CgminerStandIn(
                request ->
                    request.contains("\"pause\"")
                        ? Recorded.text(Recorded.DOCS + "s17.pause.json")
                        : Recorded.text(Recorded.DOCS + "s17.resume.json"))) {
      MinerTarget target = target(miner.port(), web);

      assertThat(driver.perform(target, new MinerAction.Sleep()))
          .isEqualTo(new ActionResult.Done("pause accepted by the bosminer API"));
      assertThat(driver.perform(target, new MinerAction.Wake()))
          .isEqualTo(new ActionResult.Done("resume accepted by the bosminer API"));
      assertThat(miner.requests())
          .containsExactly("{\"command\":\"pause\"}", "{\"command\":\"resume\"}");
    }
  }

  @Test
  void without_rest_reboot_is_unsupported_and_nothing_reaches_the_miner() throws Exception {
    try (BosRestStandIn web = BosRestStandIn.withoutRestApi();
        CgminerStandIn miner = new CgminerStandIn(request -> "{}")) {
      ActionResult result = driver.perform(target(miner.port(), web), new MinerAction.Reboot());

      assertThat(result).isInstanceOf(ActionResult.Unsupported.class);
      assertThat(((ActionResult.Unsupported) result).reason()).contains("no REST API");
      assertThat(miner.requests()).isEmpty();
    }
  }

  @Test
  void the_2018_bmminer_refusing_pause_fails() throws Exception {
    try (BosRestStandIn web = BosRestStandIn.withoutRestApi();
        CgminerStandIn miner =
            new CgminerStandIn(
                request ->
                    CgminerReplies.error(14, "Invalid command", BosminerReadingTest.BOSMINER)
                        .toString())) {
      ActionResult result = driver.perform(target(miner.port(), web), new MinerAction.Sleep());

      assertThat(result).isInstanceOf(ActionResult.Failed.class);
      assertThat(((ActionResult.Failed) result).reason()).contains("Invalid command");
    }
  }

  @Test
  void an_unreachable_web_fails() throws Exception {
    int closed = TcpStandIn.closedPort();
    MinerTarget target = MinerTarget.of("127.0.0.1", 4028).withWebPort(closed);

    ActionResult result = driver.perform(target, new MinerAction.Reboot());

    assertThat(result).isInstanceOf(ActionResult.Failed.class);
  }
}
