package io.hashwatch.commander.web.fleet;

import io.hashwatch.commander.fleet.SentryView;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.report.SentryHealth;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The JSON form of a sentry in the API (docs/API.md). Its health has the fields the sentry sends in
 * its reports.
 */
final class SentryJson {

  private SentryJson() {}

  static JsonObject of(SentryView sentry) {
    JsonObjectBuilder json =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("id", sentry.id())
            .add("name", sentry.name());
    if (sentry.site() != null) {
      json.add("site", sentry.site());
    }
    if (sentry.lastSeen() != null) {
      json.add("lastSeen", DeviceJson.utc(sentry.lastSeen()));
    }
    json.add("lastSequence", sentry.lastSequence()).add("dropped", sentry.dropped());
    if (sentry.health() != null) {
      json.add("health", health(sentry.health()));
    }
    return json.build();
  }

  private static JsonObject health(SentryHealth health) {
    JsonObjectBuilder json =
        CachedJsonProvider.INSTANCE.createObjectBuilder().add("time", health.time().toString());
    if (health.sweepMillis() != null) {
      json.add("sweepMs", health.sweepMillis());
    }
    return json.add("devicesOk", health.devicesOk())
        .add("devicesFailed", health.devicesFailed())
        .add("backlog", health.backlog())
        .add("version", health.version())
        .build();
  }
}
