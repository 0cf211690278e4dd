package io.hashwatch.commander.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.alerts.AlertCounts;
import io.hashwatch.commander.fleet.DeviceStatus;
import io.hashwatch.commander.telemetry.DeviceChange;
import io.hashwatch.protocols.report.DeviceKind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LiveMessageTest {
  private static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");

  @Test
  void carriesEachDeviceWithTheFiguresItHas() {
    JsonObject message = parse(LiveMessage.of(NOW, List.of(change(7, 1.2e14, null)), 10, null));

    assertThat(message.getString("time")).isEqualTo("2026-11-30T01:00:00Z");
    assertThat(message.containsKey("truncated")).isFalse();
    JsonObject device = message.getJsonArray("devices").getJsonObject(0);
    assertThat(device.getJsonNumber("id").longValue()).isEqualTo(7);
    assertThat(device.getJsonNumber("sentryId").longValue()).isEqualTo(3);
    assertThat(device.getString("address")).isEqualTo("10.0.0.7:4028");
    assertThat(device.getString("kind")).isEqualTo("asic");
    assertThat(device.getString("status")).isEqualTo("online");
    assertThat(device.getString("time")).isEqualTo("2026-11-30T00:59:58Z");
    assertThat(device.getJsonNumber("hashrateHs").doubleValue()).isEqualTo(1.2e14);
    assertThat(device.containsKey("powerW")).isFalse();
    assertThat(device.getJsonNumber("maxTempC").doubleValue()).isEqualTo(71.5);
    assertThat(message.containsKey("alerts")).isFalse();
  }

  @Test
  void carriesTheOpenAlertsBySeverityWhenGivenThem() {
    JsonObject message = parse(LiveMessage.of(NOW, List.of(), 10, new AlertCounts(2, 1, 0)));

    assertThat(message.getJsonArray("devices")).isEmpty();
    JsonObject alerts = message.getJsonObject("alerts");
    assertThat(alerts.getInt("open")).isEqualTo(3);
    assertThat(alerts.getInt("critical")).isEqualTo(2);
    assertThat(alerts.getInt("warning")).isEqualTo(1);
    assertThat(alerts.getInt("info")).isEqualTo(0);
  }

  @Test
  void saysWhenItLeftDevicesOut() {
    List<DeviceChange> changes =
        LongStream.rangeClosed(1, 5).mapToObj(id -> change(id, null, 3250.0)).toList();

    JsonObject message = parse(LiveMessage.of(NOW, changes, 3, null));

    assertThat(message.getJsonArray("devices")).hasSize(3);
    assertThat(message.getBoolean("truncated")).isTrue();
    assertThat(message.getInt("count")).isEqualTo(5);
  }

  private static DeviceChange change(long id, Double hashrate, Double power) {
    return new DeviceChange(
        id,
        3,
        "10.0.0." + id + ":4028",
        DeviceKind.ASIC,
        DeviceStatus.ONLINE,
        OffsetDateTime.of(2026, 11, 30, 0, 59, 58, 0, ZoneOffset.UTC),
        hashrate,
        power,
        71.5);
  }

  private static JsonObject parse(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
