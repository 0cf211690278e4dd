package io.hashwatch.sentry.programs.trex;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.sentry.programs.http.DeviceFigures;
import io.hashwatch.sentry.programs.http.DeviceTally;
import io.hashwatch.sentry.programs.http.HashUnits;
import io.hashwatch.sentry.programs.http.JsonParts;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The reading of T-Rex from its {@code /summary}: a pure function, tested on recorded replies of
 * T-Rex 0.6 to 0.19. Hashrates are H/s ({@code hashrate} the current one, {@code hashrate_minute}
 * and {@code hashrate_hour} averages, 0 until their window fills); {@code invalid_count} counts the
 * shares T-Rex's own check found wrong, the reading's hardware errors.
 */
final class TrexReading {

  private TrexReading() {}

  static PollResult from(JsonValue summary) {
    JsonObject reply = summary instanceof JsonObject object ? object : null;
    JsonArray gpus = JsonParts.array(reply, "gpus");
    if (gpus == null && !(reply != null && reply.get("hashrate") instanceof JsonNumber)) {
      return NoData.because("the summary has neither gpus nor hashrate: not T-Rex's");
    }
    List<String> errors = new ArrayList<>();
    DeviceTally tally = new DeviceTally();
    List<JsonObject> devices = JsonParts.objects(gpus);
    for (int position = 0; position < devices.size(); position++) {
      JsonObject gpu = devices.get(position);
      tally.add(
          DeviceFigures.index(gpu, position, "device_id", "gpu_id"),
          Figures.number(gpu, "hashrate"),
          DeviceFigures.temperature(gpu, "temperature"),
          DeviceFigures.busOfNumber(gpu, "pci_bus"),
          DeviceFigures.power(gpu, "power"));
    }
    tally.noteDropped(errors);
    JsonObject pool = JsonParts.object(reply, "active_pool");
    return Reading.builder()
        .firmware(TrexAdapter.TYPE)
        .firmwareVersion(JsonParts.text(reply, "version"))
        .algorithm(JsonParts.text(reply, "algorithm"))
        .hashrateHs(Figures.number(reply, "hashrate"))
        .hashrateAvgHs(
            Figures.figure(
                HashUnits.longestWindow(
                    LenientFields.number(reply, "hashrate_hour"),
                    LenientFields.number(reply, "hashrate_minute"))))
        .boards(tally.boards())
        .powerW(tally.powerW())
        .pools(JsonParts.activePool(JsonParts.text(pool, "url"), JsonParts.text(pool, "user")))
        .accepted(Figures.count(reply, "accepted_count"))
        .rejected(Figures.count(reply, "rejected_count"))
        .hardwareErrors(Figures.count(reply, "invalid_count"))
        .uptimeS(Figures.count(reply, "uptime"))
        .errors(errors)
        .build();
  }
}
