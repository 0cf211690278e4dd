package io.hashwatch.protocols.miner.vnish;

import io.hashwatch.protocols.http.DeviceHttpClient;
import io.hashwatch.protocols.http.HttpAuth;
import io.hashwatch.protocols.http.HttpReply;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.JsonReplies;
import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Actions on a VNish miner over its web API ({@code /api/v1}), after an unlock: {@code POST
 * /api/v1/unlock {"pw":...}} gives a token, which the privileged calls carry as {@code
 * Authorization: Bearer <token>}. Sleep is {@code mining/stop}, as pyasic's stop_mining and asic-rs
 * do: it ends the mining program, and with VNish's setting {@code remain_stopped_on_reboot} (on in
 * the recorded S21 Pro) the miner stays stopped through a reboot, which a curtailment wants; {@code
 * mining/pause} only holds a running miner for a quick resume. Wake is {@code mining/start}, the
 * counterpart of stop.
 */
final class VnishActions {
  static final String DEFAULT_PASSWORD = "admin";
  private static final String API = "/api/v1/";

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
      Unlocked api = Unlocked.unlock(target);
      if (action instanceof MinerAction.SetPools setPools) {
        return setPools(api, setPools);
      }
      HttpReply reply = api.post(path, null);
      if (!reply.ok() || refused(reply)) {
        return new ActionResult.Failed(path + " failed: " + reply.summary());
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
  private static ActionResult setPools(Unlocked api, MinerAction.SetPools setPools)
      throws DeviceException {
    HttpReply reply = api.post("settings", settings(setPools));
    if (!reply.ok() || refused(reply)) {
      return new ActionResult.Failed("saving the pools failed: " + reply.summary());
    }
    JsonObject answer = object(reply);
    if (answer.get("restart_required") == JsonValue.TRUE) {
      HttpReply restart = api.post("mining/restart", null);
      return restart.ok()
          ? new ActionResult.Done("pools saved; mining restarted to use them")
          : new ActionResult.Failed(
              "pools saved, but restarting mining failed: " + restart.summary());
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
      JsonValue body = JsonReplies.parse(reply.body(), "the VNish web reply");
      return body.getValueType() == JsonValue.ValueType.OBJECT
          ? body.asJsonObject()
          : JsonValue.EMPTY_JSON_OBJECT;
    } catch (MalformedReplyException e) {
      return JsonValue.EMPTY_JSON_OBJECT; // an empty or plain-text answer says nothing more
    }
  }

  /** The web API of one miner, unlocked: its calls carry the unlock token. */
  private record Unlocked(MinerTarget target, DeviceHttpClient web, HttpAuth token) {

    /**
     * Unlocks the API with the web password.
     *
     * @throws DeviceResponseException when the password is refused
     */
    static Unlocked unlock(MinerTarget target) throws DeviceException {
      String body =
          CachedJsonProvider.INSTANCE
              .createObjectBuilder()
              .add("pw", target.credentials().passwordOr(DEFAULT_PASSWORD))
              .build()
              .toString();
      DeviceHttpClient web = target.web();
      HttpReply reply =
          web.post(target.webUri(API + "unlock"), DeviceHttpClient.JSON, body, HttpAuth.NONE);
      if (!reply.ok()) {
        throw new DeviceResponseException(
            reply.status(), "VNish refused the unlock with HTTP " + reply.status());
      }
      JsonValue answer = JsonReplies.parse(reply.body(), "the VNish unlock answer");
      String token =
          answer.getValueType() == JsonValue.ValueType.OBJECT
              ? LenientFields.text(answer.asJsonObject(), "token")
              : null;
      if (!HttpAuth.Token.fits(token)) {
        throw new MalformedReplyException("the VNish unlock answered without a usable token");
      }
      return new Unlocked(target, web, HttpAuth.bearer(token));
    }

    /** A privileged {@code POST} to {@code path} (below /api/v1/) with an optional JSON body. */
    HttpReply post(String path, String json) throws DeviceException {
      return web.post(
          target.webUri(API + path), json == null ? null : DeviceHttpClient.JSON, json, token);
    }
  }
}
