package io.hashwatch.commander.web.alerts;

import io.hashwatch.commander.alerts.AlertView;
import io.hashwatch.commander.alerts.StoredRule;
import io.hashwatch.protocols.json.CachedJsonProvider;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;

/** The JSON forms of alerts and rules in the API (docs/API.md); times are ISO-8601 UTC. */
final class AlertJson {

  private AlertJson() {}

  /** An alert; what it does not have (an acknowledgement, a resolution, a device) is left out. */
  static JsonObject of(AlertView alert) {
    JsonObjectBuilder json =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("id", alert.id())
            .add("ruleId", alert.ruleId())
            .add("kind", alert.kind())
            .add("severity", alert.severity().wire())
            .add("subject", alert.subject());
    if (alert.deviceId() != null) {
      json.add("deviceId", alert.deviceId());
    }
    if (alert.sentryId() != null) {
      json.add("sentryId", alert.sentryId());
    }
    addText(json, "site", alert.site());
    json.add("label", alert.label())
        .add("message", alert.message())
        .add("since", utc(alert.since()))
        .add("opened", utc(alert.opened()));
    addText(json, "acknowledgedBy", alert.acknowledgedBy());
    addTime(json, "acknowledged", alert.acknowledged());
    addTime(json, "resolved", alert.resolved());
    addText(json, "resolution", alert.resolution());
    return json.add("open", alert.open()).build();
  }

  /** A rule as stored; {@code threshold} is left out for kinds that take none. */
  static JsonObject of(StoredRule stored) {
    var rule = stored.rule();
    JsonObjectBuilder json =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("id", rule.id())
            .add("kind", rule.kind().wire())
            .add("severity", rule.severity().wire())
            .add("scope", rule.scope().wire());
    if (rule.threshold() != null) {
      json.add("threshold", rule.threshold());
    }
    return json.add("sustainSeconds", rule.sustain().toSeconds())
        .add("clearSeconds", rule.clear().toSeconds())
        .add("enabled", rule.enabled())
        .add("builtIn", stored.builtIn())
        .add("updated", utc(stored.updated()))
        .add("updatedBy", stored.updatedBy())
        .build();
  }

  private static void addText(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
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
