package io.hashwatch.protocols.miner.vnish;

import io.hashwatch.protocols.http.HttpReply;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Actions on a VNish miner over its web API, after an unlock. Sleep is {@code mining/stop}, as
 * pyasic's stop_mining and asic-rs do: it ends the mining program, and with VNish's setting {@code
 * remain_stopped_on_reboot} (on in the recorded S21 Pro) the miner stays stopped through a reboot,
 * which a curtailment wants; {@code mining/pause} only holds a running miner for a quick resume.
 * Wake is {@code mining/start}, the counterpart of stop.
 */
final class VnishActions {
  static final String DEFAULT_PASSWORD = "admin";

  /** VNish's settings hold exactly three pool slots. */
  static final int POOL_SLOTS = 3;

  private VnishActions() {}

  static ActionResult perform(MinerTarget target, MinerAction action) {
    if (action instanceof MinerAction.SetPools setPools && setPools.pools().size() > POOL_SLOTS) {
      return new ActionResult.Unsupported(
          "VNish keeps at most " + POOL_SLOTS + " pools; " + setPools.pools().size() + " given");
    }
    String path =
        switch (action.name()) {
          case "restart" -> "mining/restart";
          case "reboot" -> "system/reboot";
          case "sleep" -> "mining/stop";
          case "wake" -> "mining/start";
          case "set-pools" -> "settings";
          default -> null;
        };
    if (path == null) {
      return new ActionResult.Unsupported("VNish has no action " + action.name());
    }
    try {
      VnishWeb web = new VnishWeb(target);
      String token = web.unlock(target.credentials().passwordOr(DEFAULT_PASSWORD));
      if (action instanceof MinerAction.SetPools setPools) {
        return setPools(web, token, setPools);
      }
      HttpReply reply = web.post(path, null, token);
      if (!reply.ok() || refused(reply)) {
        return new ActionResult.Failed(path + " failed: " + VnishWeb.describe(reply));
      }
      return new ActionResult.Done(path + " accepted");
    } catch (DeviceException e) {
      return new ActionResult.Failed(e.getMessage());
    }
  }

  /**
   * Saves the pools into the settings, in its three slots. VNish answers whether the change needs a
   * restart of mining or a reboot to apply; a restart is done here, so that the pools set are the
   * pools mined; a reboot is left to the operator.
   */
  private static ActionResult setPools(VnishWeb web, String token, MinerAction.SetPools setPools)
      throws DeviceException {
    HttpReply reply = web.post("settings", settings(setPools), token);
    if (!reply.ok() || refused(reply)) {
      return new ActionResult.Failed("saving the pools failed: " + VnishWeb.describe(reply));
    }
    JsonObject answer = object(reply);
    if (answer.get("restart_required") == JsonValue.TRUE) {
      HttpReply restart = web.post("mining/restart", null, token);
      return restart.ok()
          ? new ActionResult.Done("pools saved; mining restarted to use them")
          : new ActionResult.Failed(
              "pools saved, but restarting mining failed: " + VnishWeb.describe(restart));
    }
    if (answer.get("reboot_required") == JsonValue.TRUE) {
      return new ActionResult.Done("pools saved; VNish says they apply after a reboot");
    }
    return new ActionResult.Done("pools saved");
  }

  /** {@code {"miner":{"pools":[{url,user,pass} x 3]}}}, unused slots empty, as VNish keeps them. */
  static String settings(MinerAction.SetPools setPools) {
    JsonArrayBuilder pools = CachedJsonProvider.INSTANCE.createArrayBuilder();
    for (int slot = 0; slot < POOL_SLOTS; slot++) {
      boolean set = slot < setPools.pools().size();
      MinerAction.PoolSetting pool = set ? setPools.pools().get(slot) : null;
      pools.add(
          CachedJsonProvider.INSTANCE
              .createObjectBuilder()
              .add("url", set ? pool.url() : "")
              .add("user", set ? pool.user() : "")
              .add("pass", set ? pool.password() : ""));
    }
    return CachedJsonProvider.INSTANCE
        .createObjectBuilder()
        .add("miner", CachedJsonProvider.INSTANCE.createObjectBuilder().add("pools", pools))
        .build()
        .toString();
  }

  /** A 200 whose body says {@code "success": false}. */
  private static boolean refused(HttpReply reply) {
    return object(reply).get("success") == JsonValue.FALSE;
  }

  private static JsonObject object(HttpReply reply) {
    try {
      JsonValue body = VnishWeb.parse(reply.body());
      return body.getValueType() == JsonValue.ValueType.OBJECT
          ? body.asJsonObject()
          : JsonValue.EMPTY_JSON_OBJECT;
    } catch (MalformedReplyException e) {
      return JsonValue.EMPTY_JSON_OBJECT; // an empty or plain-text answer says nothing more
    }
  }
}
