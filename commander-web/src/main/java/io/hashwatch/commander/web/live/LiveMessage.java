package io.hashwatch.commander.web.live;

import io.hashwatch.commander.alerts.AlertCounts;
import io.hashwatch.commander.telemetry.DeviceChange;
import io.hashwatch.protocols.json.CachedJsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The text of one live-updates message (docs/API.md, "Live updates"). Times are ISO-8601 UTC. */
final class LiveMessage {

  private LiveMessage() {}

  /**
   * The devices changed since the last message, at most {@code max} of them; when there were more,
   * the message says {@code "truncated": true} and how many changed.
   *
   * @param alerts the open alerts by severity, when they changed (or the page is new), else {@code
   *     null}
   */
  static String of(Instant time, List<DeviceChange> changes, int max, AlertCounts alerts) {
    JsonArrayBuilder devices = CachedJsonProvider.INSTANCE.createArrayBuilder();
    changes.stream().limit(max).forEach(change -> devices.add(device(change)));
    JsonObjectBuilder message =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("time", time.toString())
            .add("devices", devices);
    if (changes.size() > max) {
      message.add("truncated", true).add("count", changes.size());
    }
    if (alerts != null) {
      message.add(
          "alerts",
          CachedJsonProvider.INSTANCE
              .createObjectBuilder()
              .add("open", alerts.open())
              .add("critical", alerts.critical())
              .add("warning", alerts.warning())
              .add("info", alerts.info()));
    }
    return message.build().toString();
  }

  private static JsonObjectBuilder device(DeviceChange change) {
    JsonObjectBuilder json =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("id", change.deviceId())
            .add("sentryId", change.sentryId())
            .add("address", change.address())
            .add("kind", change.kind().wire())
            .add("status", change.status().wire())
            .add(
                "time", change.time().withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString());
    addFigure(json, "hashrateHs", change.hashrateHs());
    addFigure(json, "powerW", change.powerW());
    addFigure(json, "maxTempC", change.maxTempC());
    return json;
  }

  private static void addFigure(JsonObjectBuilder json, String name, Double value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}
