package io.hashwatch.commander.web.fleet;

import io.hashwatch.commander.fleet.DeviceView;
import io.hashwatch.commander.telemetry.ChartPoint;
import io.hashwatch.commander.telemetry.StoredReading;
import io.hashwatch.protocols.json.CachedJsonProvider;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.OffsetDateTime;

/** The JSON forms of devices and readings in the API (docs/API.md). Times are ISO-8601 UTC. */
final class DeviceJson {

  private DeviceJson() {}

  static JsonObjectBuilder summary(DeviceView device) {
    JsonObjectBuilder json =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("id", device.id())
            .add("sentryId", device.sentryId())
            .add("address", device.address())
            .add("kind", device.kind().wire())
            .add("status", device.status().wire());
    addText(json, "make", device.make());
    addText(json, "model", device.model());
    addText(json, "group", device.group());
    addText(json, "lastSeen", utc(device.lastSeen()));
    return json;
  }

  static JsonObjectBuilder detail(DeviceView device) {
    JsonObjectBuilder json = summary(device);
    if (device.stateJson() != null) {
      json.add("time", utc(device.stateTime()));
      try (JsonReader reader =
          CachedJsonProvider.INSTANCE.createReader(new StringReader(device.stateJson()))) {
        json.add("reading", reader.readObject());
      }
    }
    return json;
  }

  /**
   * A stored reading with its time in front. The stored JSON is the commander's own output and
   * always an object, so it is spliced rather than parsed again: histories can be long.
   */
  static void appendReading(StringBuilder out, StoredReading reading) {
    out.append("{\"time\":\"").append(utc(reading.time())).append('"');
    String data = reading.data();
    if (data.length() > 2) {
      out.append(',').append(data, 1, data.length());
    } else {
      out.append('}');
    }
  }

  /** A chart point; a figure no sample had is absent. */
  static JsonObjectBuilder point(ChartPoint point) {
    JsonObjectBuilder json =
        CachedJsonProvider.INSTANCE.createObjectBuilder().add("time", utc(point.time()));
    addFigure(json, "hashrateHs", point.hashrateHs());
    addFigure(json, "powerW", point.powerW());
    addFigure(json, "maxTempC", point.maxTempC());
    return json.add("samples", point.samples());
  }

  static String utc(OffsetDateTime time) {
    return time == null ? null : time.toInstant().toString();
  }

  private static void addFigure(JsonObjectBuilder json, String name, Double value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  private static void addText(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}
