package io.hashwatch.sentry.programs.srbminer;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.sentry.programs.http.DeviceFigures;
import io.hashwatch.sentry.programs.http.DeviceTally;
import io.hashwatch.sentry.programs.http.HashUnits;
import io.hashwatch.sentry.programs.http.JsonParts;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * SRBMiner-CN (the CryptoNight miner, 1.x): total hashrates now and over 1, 5 and 30 minutes (0
 * until the window fills), {@code devices} (GPUs with their bus number and compute errors), {@code
 * shares} and {@code pool}.
 */
final class SrbminerClassic {

  private SrbminerClassic() {}

  static Reading read(JsonObject reply) {
    List<String> errors = new ArrayList<>();
    DeviceTally tally = new DeviceTally();
    List<JsonObject> devices = JsonParts.objects(reply.get("devices"));
    for (int position = 0; position < devices.size(); position++) {
      JsonObject device = devices.get(position);
      tally.add(
          DeviceFigures.index(device, position, "device_id"),
          Figures.number(device, "hashrate"),
          DeviceFigures.temperature(device, "temperature"),
          DeviceFigures.busOfNumber(device, "bus_id"),
          DeviceFigures.power(device, "power"));
      tally.addErrors(Figures.count(device, "compute_errors"));
    }
    tally.noteDropped(errors);
    JsonObject shares = JsonParts.object(reply, "shares");
    return SrbminerReading.base(reply)
        .algorithm(JsonParts.text(reply, "algorithm", "cryptonight_type"))
        .hashrateHs(Figures.number(reply, "hashrate_total_now"))
        .hashrateAvgHs(
            Figures.figure(
                HashUnits.longestWindow(
                    LenientFields.number(reply, "hashrate_total_30min"),
                    LenientFields.number(reply, "hashrate_total_5min"),
                    LenientFields.number(reply, "hashrate_total_1min"))))
        .boards(tally.boards())
        .powerW(tally.powerW())
        .pools(JsonParts.activePool(JsonParts.text(JsonParts.object(reply, "pool"), "pool"), null))
        .accepted(Figures.count(shares, "accepted"))
        .rejected(Figures.count(shares, "rejected"))
        .hardwareErrors(tally.errors())
        .errors(errors)
        .build();
  }
}
