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
 * SRBMiner-MULTI (CPU and GPU at once): {@code algorithms}, one per algorithm mined, each with its
 * pool, shares and hashrates ({@code now}, {@code 1min}, {@code 5min}, {@code 30min}, per CPU
 * thread under {@code cpu} and per GPU under {@code gpu} as {@code gpu0}, {@code gpu1}...), and
 * {@code gpu_devices} with their bus numbers. The reading is the first algorithm's; the CPU has no
 * board.
 */
final class SrbminerMulti {

  private SrbminerMulti() {}

  static Reading read(JsonObject reply) {
    List<String> errors = new ArrayList<>();
    List<JsonObject> algorithms = JsonParts.objects(reply.get("algorithms"));
    JsonObject primary = algorithms.isEmpty() ? null : algorithms.get(0);
    JsonObject hashrate = JsonParts.object(primary, "hashrate");
    JsonObject perGpu = JsonParts.object(hashrate, "gpu");
    DeviceTally tally = new DeviceTally();
    List<JsonObject> gpus = JsonParts.objects(reply.get("gpu_devices"));
    for (int position = 0; position < gpus.size(); position++) {
      JsonObject gpu = gpus.get(position);
      int index = DeviceFigures.index(gpu, position, "id", "device_id");
      String name = LenientFields.text(gpu, "device");
      tally.add(
          index,
          Figures.number(perGpu, name != null ? name : "gpu" + index, "gpu" + index),
          DeviceFigures.temperature(gpu, "temperature"),
          DeviceFigures.busOfNumber(gpu, "bus_id"),
          DeviceFigures.power(gpu, "power"));
      tally.addErrors(Figures.count(gpu, "compute_errors"));
    }
    tally.noteDropped(errors);
    JsonObject shares = JsonParts.object(primary, "shares");
    return SrbminerReading.base(reply)
        .algorithm(JsonParts.text(primary, "name"))
        .hashrateHs(Figures.number(hashrate, "now"))
        .hashrateAvgHs(
            Figures.figure(
                HashUnits.longestWindow(
                    LenientFields.number(hashrate, "30min"),
                    LenientFields.number(hashrate, "5min"),
                    LenientFields.number(hashrate, "1min"))))
        .boards(tally.boards())
        .powerW(tally.powerW())
        .pools(
            JsonParts.activePool(JsonParts.text(JsonParts.object(primary, "pool"), "pool"), null))
        .accepted(Figures.count(shares, "accepted"))
        .rejected(Figures.count(shares, "rejected"))
        .hardwareErrors(tally.errors())
        .errors(errors)
        .build();
  }
}
