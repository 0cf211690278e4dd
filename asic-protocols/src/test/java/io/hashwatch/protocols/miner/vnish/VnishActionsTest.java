package io.hashwatch.protocols.miner.vnish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.testing.HttpStandIn.Request;
import io.hashwatch.protocols.testing.MinerActions;
import io.hashwatch.protocols.testing.TcpStandIn;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Actions against a web stand-in that checks the unlock token. */
class VnishActionsTest {
  private final VnishDriver driver = new VnishDriver();

  static MinerTarget target(VnishWebStandIn web) {
    return MinerTarget.of("127.0.0.1", 4028).withWebPort(web.port());
  }

  static MinerAction.SetPools pools(int count) {
    return new MinerAction.SetPools(
        IntStream.range(0, count)
            .mapToObj(
                i -> new MinerAction.PoolSetting("pool" + i + ".example:3333", "farm.w" + i, "x"))
            .toList());
  }

  @ParameterizedTest
  @CsvSource({
    "restart, /api/v1/mining/restart",
    "reboot, /api/v1/system/reboot",
    "sleep, /api/v1/mining/stop",
    "wake, /api/v1/mining/start"
  })
  void each_action_is_a_post_with_the_unlock_token(String name, String path) throws Exception {
    try (VnishWebStandIn web = new VnishWebStandIn("admin")) {
      ActionResult result = driver.perform(target(web), MinerActions.named(name));

      assertThat(result).isInstanceOf(ActionResult.Done.class);
      assertThat(web.requests())
          .extracting(Request::method, Request::path, Request::authorization)
          .containsExactly(
              tuple("POST", "/api/v1/unlock", null),
              tuple("POST", path, "Bearer " + VnishWebStandIn.TOKEN));
    }
  }

  @Test
  void set_pools_fills_the_three_slots_of_the_settings() throws Exception {
    try (VnishWebStandIn web = new VnishWebStandIn("admin")) {
      ActionResult result = driver.perform(target(web), pools(2));

      assertThat(result).isEqualTo(new ActionResult.Done("pools saved"));
      Request settings = web.requests().get(1);
      assertThat(settings.path()).isEqualTo("/api/v1/settings");
      JsonArray slots =
          Recorded.parse(settings.body()).getJsonObject("miner").getJsonArray("pools");
      // the shape of "pools" in the recorded web_settings.json: three slots, unused ones empty
      JsonArray recorded =
          Recorded.json("web_settings.json").getJsonObject("miner").getJsonArray("pools");
      assertThat(slots).hasSameSizeAs(recorded);
      assertThat(slots.getJsonObject(0).keySet())
          .containsExactlyInAnyOrderElementsOf(recorded.getJsonObject(0).keySet());
      JsonObject first = slots.getJsonObject(0);
      assertThat(first.getString("url")).isEqualTo("pool0.example:3333");
      assertThat(first.getString("user")).isEqualTo("farm.w0");
      assertThat(first.getString("pass")).isEqualTo("x");
      assertThat(slots.getJsonObject(2).getString("url")).isEmpty();
    }
  }

  @Test
  void set_pools_restarts_mining_when_vnish_asks_for_it() throws Exception {
    try (VnishWebStandIn web =
        new VnishWebStandIn("admin")
            .answeringSettings("{\"restart_required\":true,\"reboot_required\":false}")) {
      ActionResult result = driver.perform(target(web), pools(1));

      assertThat(result)
          .isEqualTo(new ActionResult.Done("pools saved; mining restarted to use them"));
      assertThat(web.requests())
          .extracting(Request::path)
          .containsExactly("/api/v1/unlock", "/api/v1/settings", "/api/v1/mining/restart");
    }
  }

  @Test
  void more_pools_than_slots_is_unsupported_and_sends_nothing() throws Exception {
    try (VnishWebStandIn web = new VnishWebStandIn("admin")) {
      ActionResult result = driver.perform(target(web), pools(4));

      assertThat(result).isInstanceOf(ActionResult.Unsupported.class);
      assertThat(web.requests()).isEmpty();
    }
  }

  @Test
  void a_wrong_password_fails_and_sends_no_action() throws Exception {
    try (VnishWebStandIn web = new VnishWebStandIn("n0t-admin")) {
      ActionResult result = driver.perform(target(web), new MinerAction.Reboot());

      assertThat(result).isInstanceOf(ActionResult.Failed.class);
      assertThat(((ActionResult.Failed) result).reason()).contains("unlock", "401");
      assertThat(web.requests()).extracting(Request::path).containsExactly("/api/v1/unlock");
    }
  }

  @Test
  void the_target_password_replaces_the_default() throws Exception {
    try (VnishWebStandIn web = new VnishWebStandIn("n0t-admin")) {
      MinerTarget target =
          target(web).withCredentials(new MinerTarget.Credentials(null, "n0t-admin"));

      assertThat(driver.perform(target, new MinerAction.Sleep()))
          .isEqualTo(new ActionResult.Done("mining/stop accepted"));
    }
  }

  @Test
  void a_reply_that_says_no_success_fails() throws Exception {
    try (VnishWebStandIn web =
        new VnishWebStandIn("admin").answeringActions("{\"success\":false}")) {
      ActionResult result = driver.perform(target(web), new MinerAction.Wake());

      assertThat(result)
          .isEqualTo(new ActionResult.Failed("mining/start failed: HTTP 200: {\"success\":false}"));
    }
  }

  @Test
  void an_unreachable_web_fails() throws Exception {
    int closed = TcpStandIn.closedPort();

    ActionResult result =
        driver.perform(
            MinerTarget.of("127.0.0.1", 4028).withWebPort(closed), new MinerAction.Reboot());

    assertThat(result).isInstanceOf(ActionResult.Failed.class);
    assertThat(((ActionResult.Failed) result).reason())
        .startsWith("cannot connect to http://127.0.0.1:" + closed + "/api/v1/unlock");
  }
}
