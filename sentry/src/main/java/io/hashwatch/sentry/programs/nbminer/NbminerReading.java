package io.hashwatch.sentry.programs.nbminer;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.sentry.programs.http.DeviceFigures;
import io.hashwatch.sentry.programs.http.DeviceTally;
import io.hashwatch.sentry.programs.http.HashUnits;
import io.hashwatch.sentry.programs.http.JsonParts;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The reading of NBMiner from its {@code /api/v1/status}: a pure function, tested on the reply of
 * NBMiner's readme. The {@code *_raw} hashrates are H/s; the others are for display ({@code "23.0
 * M"} in later versions) and read only when no raw one is given. The second algorithm of dual
 * mining ({@code hashrate2}) is not the reading's. Uptime counts from {@code start_time}.
 */
final class NbminerReading {

  private NbminerReading() {}

  static PollResult from(JsonValue status, Instant now) {
    JsonObject reply = status instanceof JsonObject object ? object : null;
    JsonObject miner = JsonParts.object(reply, "miner");
    if (JsonParts.array(miner, "devices") == null) {
      return NoData.because("the status has no miner.devices: not NBMiner's");
    }
    List<String> errors = new ArrayList<>();
    DeviceTally tally = new DeviceTally();
    List<JsonObject> devices = JsonParts.objects(miner.get("devices"));
    for (int position = 0; position < devices.size(); position++) {
      JsonObject device = devices.get(position);
      tally.add(
          DeviceFigures.index(device, position, "id"),
          hashrate(device, "hashrate_raw", "hashrate"),
          DeviceFigures.temperature(device, "temperature"),
          DeviceFigures.busOfNumber(device, "pci_bus_id"),
          DeviceFigures.power(device, "power"));
    }
    tally.noteDropped(errors);
    JsonObject stratum = JsonParts.object(reply, "stratum");
    Double totalPower = DeviceFigures.power(miner, "total_power_consume");
    return Reading.builder()
        .firmware(NbminerAdapter.TYPE)
        .firmwareVersion(JsonParts.text(reply, "version"))
        .algorithm(JsonParts.text(stratum, "algorithm"))
        .hashrateHs(hashrate(miner, "total_hashrate_raw", "total_hashrate"))
        .boards(tally.boards())
        .powerW(totalPower != null ? totalPower : tally.powerW())
        .pools(
            JsonParts.activePool(JsonParts.text(stratum, "url"), JsonParts.text(stratum, "user")))
        .accepted(Figures.count(stratum, "accepted_shares"))
        .rejected(Figures.count(stratum, "rejected_shares"))
        .hardwareErrors(Figures.count(stratum, "invalid_shares"))
        .uptimeS(uptime(Figures.count(reply, "start_time"), now))
        .errors(errors)
        .build();
  }

  /** The raw H/s, else the display figure with its unit read ({@code "23.0 M"}). */
  private static Double hashrate(JsonObject object, String raw, String display) {
    Double hashes = Figures.number(object, raw);
    if (hashes != null) {
      return hashes;
    }
    JsonValue shown = object.get(display);
    return Figures.figure(
        shown instanceof JsonString text
            ? HashUnits.withUnit(text.getString())
            : LenientFields.number(shown));
  }

  private static Long uptime(Long startEpochSecond, Instant now) {
    if (startEpochSecond == null || startEpochSecond > now.getEpochSecond()) {
      return null;
    }
    return now.getEpochSecond() - startEpochSecond;
  }
}
