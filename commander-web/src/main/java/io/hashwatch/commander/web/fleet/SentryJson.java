package io.hashwatch.commander.web.fleet;

import io.hashwatch.commander.fleet.SentryView;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.report.ReportJson;
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
      json.add("health", ReportJson.toJson(sentry.health()));
    }
    return json.build();
  }
}
