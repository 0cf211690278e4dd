package io.hashwatch.protocols.miner.braiins;

import io.hashwatch.protocols.http.HttpReply;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.transport.DeviceException;
import jakarta.json.JsonArrayBuilder;
import java.util.Optional;

/**
 * Actions on a Braiins OS miner. Braiins OS 25.07 and later do all of them over the REST API
 * (OpenAPI 1.3: {@code PUT /api/v1/actions/{restart,reboot,pause,resume}}, {@code PUT
 * /api/v1/pools/batch}). Older builds have no REST API: their bosminer API can still pause and
 * resume mining; restart, reboot and a lasting pool change need their GraphQL or LuCI web or SSH,
 * which this driver does not speak, so those are unsupported there.
 */
final class BraiinsActions {
  static final String DEFAULT_USER = "root";
  static final String DEFAULT_PASSWORD = "root";

  private BraiinsActions() {}

  static ActionResult perform(MinerTarget target, MinerAction action) {
    try {
      BraiinsRest rest = new BraiinsRest(target);
      Optional<String> token =
          rest.login(
              target.credentials().userOr(DEFAULT_USER),
              target.credentials().passwordOr(DEFAULT_PASSWORD));
      return token.isPresent() ? withRest(rest, token.get(), action) : withoutRest(target, action);
    } catch (DeviceException e) {
      return new ActionResult.Failed(e.getMessage());
    }
  }

  private static ActionResult withRest(BraiinsRest rest, String token, MinerAction action)
      throws DeviceException {
    if (action instanceof MinerAction.SetPools setPools) {
      HttpReply reply = rest.put("/api/v1/pools/batch", poolGroups(setPools), token);
      return reply.ok()
          ? new ActionResult.Done("pool list replaced: " + setPools.pools().size() + " pool(s)")
          : new ActionResult.Failed("setting the pools failed: " + BraiinsRest.describe(reply));
    }
    String operation =
        switch (action.name()) {
          case "restart" -> "restart";
          case "reboot" -> "reboot";
          case "sleep" -> "pause";
          case "wake" -> "resume";
          default -> null;
        };
    if (operation == null) {
      return new ActionResult.Unsupported("Braiins OS has no action " + action.name());
    }
    HttpReply reply = rest.put("/api/v1/actions/" + operation, null, token);
    if (!reply.ok()) {
      return new ActionResult.Failed(operation + " failed: " + BraiinsRest.describe(reply));
    }
    // pause and resume answer true when the miner already was in that state
    String already =
        switch (operation) {
          case "pause" -> " (it was already paused)";
          case "resume" -> " (it was already mining)";
          default -> "";
        };
    return new ActionResult.Done(
        operation + " accepted" + (BraiinsRest.saysTrue(reply) ? already : ""));
  }

  private static ActionResult withoutRest(MinerTarget target, MinerAction action)
      throws DeviceException {
    String command =
        switch (action.name()) {
          case "sleep" -> "pause";
          case "wake" -> "resume";
          default -> null;
        };
    if (command == null) {
      return new ActionResult.Unsupported(
          "this Braiins OS has no REST API (it is older than 25.07) and its bosminer API cannot "
              + action.name()
              + "; only sleep and wake work over it");
    }
    target.cgminer().command(command);
    return new ActionResult.Done(command + " accepted by the bosminer API");
  }

  /** One pool group, as {@code PUT /api/v1/pools/batch} takes it, replacing all groups. */
  static String poolGroups(MinerAction.SetPools setPools) {
    JsonArrayBuilder pools = CachedJsonProvider.INSTANCE.createArrayBuilder();
    for (MinerAction.PoolSetting pool : setPools.pools()) {
      pools.add(
          CachedJsonProvider.INSTANCE
              .createObjectBuilder()
              .add("url", withScheme(pool.url()))
              .add("user", pool.user())
              .add("password", pool.password())
              .add("enabled", true));
    }
    return CachedJsonProvider.INSTANCE
        .createArrayBuilder()
        .add(
            CachedJsonProvider.INSTANCE
                .createObjectBuilder()
                .add("name", "Default")
                .add("pools", pools))
        .build()
        .toString();
  }

  /** Braiins OS wants a scheme; a bare {@code host:port} is plain Stratum V1. */
  private static String withScheme(String url) {
    return url.contains("://") ? url : "stratum+tcp://" + url;
  }
}
