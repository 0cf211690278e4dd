package io.hashwatch.commander.web.watchdog;

import io.hashwatch.commander.watchdog.SettingsStore;
import io.hashwatch.commander.watchdog.WatchdogDevice;
import io.hashwatch.commander.watchdog.WatchdogSettings;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.FieldReader;
import io.hashwatch.protocols.json.InvalidFieldException;
import io.hashwatch.protocols.report.CommandAction;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The watchdog's JSON: its settings (read and written) and its devices. */
final class WatchdogJson {
  private static final int MAX_STEPS = 3;

  private WatchdogJson() {}

  static JsonObject of(SettingsStore.Stored stored, List<WatchdogDevice> devices) {
    JsonObjectBuilder settings = settings(stored.settings());
    if (stored.updated() != null) {
      settings.add("updated", stored.updated().toInstant().toString());
      settings.add("updatedBy", stored.updatedBy());
    }
    JsonArrayBuilder busy = CachedJsonProvider.INSTANCE.createArrayBuilder();
    devices.forEach(device -> busy.add(device(device)));
    return CachedJsonProvider.INSTANCE
        .createObjectBuilder()
        .add("settings", settings)
        .add("devices", busy)
        .build();
  }

  static JsonObjectBuilder settings(WatchdogSettings settings) {
    JsonArrayBuilder steps = CachedJsonProvider.INSTANCE.createArrayBuilder();
    settings.steps().forEach(step -> steps.add(step.wire()));
    return CachedJsonProvider.INSTANCE
        .createObjectBuilder()
        .add("enabled", settings.enabled())
        .add("steps", steps)
        .add("triggerSeconds", settings.trigger().toSeconds())
        .add("waitSeconds", settings.pause().toSeconds())
        .add("maxCyclesPerDay", settings.maxCycles())
        .add("siteHoldPercent", settings.siteHoldPercent());
  }

  private static JsonObjectBuilder device(WatchdogDevice device) {
    JsonObjectBuilder json =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("deviceId", device.deviceId())
            .add("address", device.address());
    time(json, "failingSince", device.failingSince());
    if (device.step() != null) {
      json.add("step", device.step().wire());
    } else {
      json.addNull("step");
    }
    time(json, "stepAt", device.stepAt());
    if (device.commandId() != null) {
      json.add("commandId", device.commandId());
    } else {
      json.addNull("commandId");
    }
    json.add("cyclesToday", device.cyclesToday());
    time(json, "gaveUp", device.gaveUp());
    if (device.heldBack() != null) {
      json.add("heldBack", device.heldBack());
    } else {
      json.addNull("heldBack");
    }
    return json;
  }

  private static void time(JsonObjectBuilder json, String name, Instant time) {
    if (time == null) {
      json.addNull(name);
    } else {
      json.add(name, time.toString());
    }
  }

  /**
   * The settings of a PUT body; every field is required.
   *
   * @throws InvalidFieldException naming the field that is missing or wrong
   */
  static WatchdogSettings read(FieldReader body) {
    if (!body.has("enabled")
        || !(body.json().get("enabled") == JsonValue.TRUE
            || body.json().get("enabled") == JsonValue.FALSE)) {
      throw new InvalidFieldException(body.pathOf("enabled"), "must be true or false");
    }
    List<CommandAction> steps =
        body.optionalList(
            "steps",
            MAX_STEPS,
            item -> {
              CommandAction action = CommandAction.fromWire(item.string(32));
              if (action == null || !WatchdogSettings.STEP_ACTIONS.contains(action)) {
                throw new InvalidFieldException(
                    item.path(), "must be restart, reboot or power-cycle");
              }
              return action;
            });
    if (!body.has("steps")) {
      throw new InvalidFieldException(body.pathOf("steps"), "is required");
    }
    return new WatchdogSettings(
        body.optionalBoolean("enabled", false),
        steps,
        Duration.ofSeconds(body.requiredLong("triggerSeconds")),
        Duration.ofSeconds(body.requiredLong("waitSeconds")),
        (int) Math.min(Integer.MAX_VALUE, body.requiredLong("maxCyclesPerDay")),
        (int) Math.min(Integer.MAX_VALUE, body.requiredLong("siteHoldPercent")));
  }
}
