package io.hashwatch.sentry.programs.xmrig;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.sentry.programs.http.DeviceFigures;
import io.hashwatch.sentry.programs.http.DeviceTally;
import io.hashwatch.sentry.programs.http.JsonParts;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * xmrig's GPUs from {@code /2/backends}: the threads of its CUDA and OpenCL backends, several of
 * which may run on one GPU, gathered per device ({@code index}) with their summed hashrate and the
 * device's bus id and health. The CPU backend has no board: a CPU is the rig's own.
 */
final class XmrigBackends {

  private XmrigBackends() {}

  static DeviceTally tally(JsonValue backends, List<String> errors) {
    DeviceTally tally = new DeviceTally();
    if (backends != null && !(backends instanceof JsonArray)) {
      errors.add("the backends are not a JSON array: the GPUs could not be read");
      return tally;
    }
    for (JsonObject backend : JsonParts.objects(backends)) {
      String type = LenientFields.text(backend, "type");
      if (type != null && isGpu(type)) {
        devices(JsonParts.objects(backend.get("threads")))
            .values()
            .forEach(
                device ->
                    tally.add(
                        device.index,
                        device.hashrateHs,
                        DeviceFigures.temperature(device.health, "temperature"),
                        device.busId,
                        DeviceFigures.power(device.health, "power")));
      }
    }
    return tally;
  }

  private static boolean isGpu(String type) {
    String lower = type.toLowerCase(Locale.ROOT);
    return lower.equals("cuda") || lower.equals("opencl");
  }

  /** The threads gathered per GPU, by device index, else bus id, else each on its own. */
  private static Map<String, Device> devices(List<JsonObject> threads) {
    Map<String, Device> devices = new LinkedHashMap<>();
    for (int position = 0; position < threads.size(); position++) {
      JsonObject thread = threads.get(position);
      String busId = DeviceFigures.busOfAddress(thread, "bus_id");
      int index = DeviceFigures.index(thread, devices.size(), "index");
      String key =
          thread.containsKey("index")
              ? "index " + index
              : busId != null ? "bus " + busId : "thread " + position;
      Device device =
          devices.computeIfAbsent(key, unused -> new Device(index, busId, health(thread)));
      device.hashrateHs =
          DeviceTally.sum(
              device.hashrateHs,
              Figures.figure(XmrigReading.shortest(JsonParts.array(thread, "hashrate"))));
    }
    return devices;
  }

  private static JsonObject health(JsonObject thread) {
    return JsonParts.object(thread, "health");
  }

  /** One GPU: the figures of its first thread, and the hashrate of all of them. */
  private static final class Device {
    final int index;
    final String busId;
    final JsonObject health;
    Double hashrateHs;

    Device(int index, String busId, JsonObject health) {
      this.index = index;
      this.busId = busId;
      this.health = health;
    }
  }
}
