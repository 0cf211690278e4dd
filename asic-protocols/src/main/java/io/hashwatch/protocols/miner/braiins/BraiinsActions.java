package io.hashwatch.protocols.miner.braiins;

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
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * Actions on a Braiins OS miner. Braiins OS 25.07 and later do all of them over the public REST API
 * (OpenAPI "Braiins OS Public REST API" 1.0-1.3): {@code POST /api/v1/auth/login} gives a token
 * that later calls carry as the whole {@code Authorization} header (no "Bearer"); actions are
 * {@code PUT /api/v1/actions/{restart,reboot,pause,resume}} and {@code PUT /api/v1/pools/batch}.
 * Older builds have no REST API: their bosminer API can still pause and resume mining; restart,
 * reboot and a lasting pool change need their GraphQL or LuCI web or SSH, which this driver does
 * not speak, so those are unsupported there.
 */
final class BraiinsActions {
  static final String DEFAULT_USER = "root";
  static final String DEFAULT_PASSWORD = "root";

  private BraiinsActions() {}

  static ActionResult perform(MinerTarget target, MinerAction action) {
    try {
      DeviceHttpClient web = target.web();
      Optional<HttpAuth> token = login(web, target);
      return token.isPresent()
          ? withRest(web, target, token.get(), action)
          : withoutRest(target, action);
    } catch (DeviceException e) {
      return new ActionResult.Failed(e.getMessage());
    }
  }

  /**
   * Logs in.
   *
   * @return the token, or empty when the firmware has no REST API (it answers 404: Braiins OS
   *     before 25.07)
   * @throws DeviceResponseException when the login is refused (wrong credentials)
   */
  private static Optional<HttpAuth> login(DeviceHttpClient web, MinerTarget target)
      throws DeviceException {
    String body =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("username", target.credentials().userOr(DEFAULT_USER))
            .add("password", target.credentials().passwordOr(DEFAULT_PASSWORD))
            .build()
            .toString();
    HttpReply reply =
        web.post(target.webUri("/api/v1/auth/login"), DeviceHttpClient.JSON, body, HttpAuth.NONE);
    if (reply.status() == 404) {
      return Optional.empty();
    }
    if (!reply.ok()) {
      throw new DeviceResponseException(
          reply.status(), "the Braiins OS login was refused with HTTP " + reply.status());
    }
    JsonValue answer = JsonReplies.parse(reply.body(), "the Braiins OS login answer");
    String token =
        answer.getValueType() == JsonValue.ValueType.OBJECT
            ? LenientFields.text(answer.asJsonObject(), "token")
            : null;
    if (!HttpAuth.Token.fits(token)) {
      throw new MalformedReplyException("the Braiins OS login answered without a usable token");
    }
    return Optional.of(new HttpAuth.Token(token));
  }

  private static ActionResult withRest(
      DeviceHttpClient web, MinerTarget target, HttpAuth token, MinerAction action)
      throws DeviceException {
    if (action instanceof MinerAction.SetPools setPools) {
      HttpReply reply =
          web.put(
              target.webUri("/api/v1/pools/batch"),
              DeviceHttpClient.JSON,
              poolGroups(setPools),
              token);
      return reply.ok()
          ? new ActionResult.Done("pool list replaced: " + setPools.pools().size() + " pool(s)")
          : new ActionResult.Failed("setting the pools failed: " + reply.summary());
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
    HttpReply reply = web.put(target.webUri("/api/v1/actions/" + operation), null, null, token);
    if (!reply.ok()) {
      return new ActionResult.Failed(operation + " failed: " + reply.summary());
    }
    // pause and resume answer true when the miner already was in that state
    String already =
        switch (operation) {
          case "pause" -> " (it was already paused)";
          case "resume" -> " (it was already mining)";
          default -> "";
        };
    return new ActionResult.Done(operation + " accepted" + (saysTrue(reply) ? already : ""));
  }

  /** Whether a reply's body is JSON {@code true}: for pause, "it was already paused". */
  private static boolean saysTrue(HttpReply reply) {
    try {
      return JsonReplies.parse(reply.body(), "the answer") == JsonValue.TRUE;
    } catch (MalformedReplyException e) {
      return false;
    }
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
