package io.hashwatch.commander.web.actions;

import io.hashwatch.commander.actions.CommandView;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.miner.MinerAction;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;

/** The JSON form of a command in the API (docs/API.md); times are ISO-8601 UTC. */
final class CommandJson {

  private CommandJson() {}

  /** The command; a set-pools command's pools without their passwords, which are never shown. */
  static JsonObject of(CommandView command) {
    JsonObjectBuilder json =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("id", command.id())
            .add("deviceId", command.deviceId())
            .add("sentryId", command.sentryId())
            .add("address", command.address())
            .add("action", command.action().wire());
    if (!command.pools().isEmpty()) {
      JsonArrayBuilder pools = CachedJsonProvider.INSTANCE.createArrayBuilder();
      for (MinerAction.PoolSetting pool : command.pools()) {
        pools.add(
            CachedJsonProvider.INSTANCE
                .createObjectBuilder()
                .add("url", pool.url())
                .add("user", pool.user()));
      }
      json.add("pools", pools);
    }
    json.add("status", command.status().wire())
        .add("createdBy", command.createdBy())
        .add("created", utc(command.created()));
    addTime(json, "sent", command.sent());
    addTime(json, "finished", command.finished());
    json.add("expires", utc(command.expires()));
    if (command.detail() != null) {
      json.add("detail", command.detail());
    }
    return json.build();
  }

  private static void addTime(JsonObjectBuilder json, String name, OffsetDateTime time) {
    if (time != null) {
      json.add(name, utc(time));
    }
  }

  private static String utc(OffsetDateTime time) {
    return time.toInstant().toString();
  }
}
