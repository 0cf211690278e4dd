package io.hashwatch.sentry.programs.gminer;

import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.sentry.programs.http.DeviceFigures;
import io.hashwatch.sentry.programs.http.DeviceTally;
import io.hashwatch.sentry.programs.http.JsonParts;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The reading of GMiner from its {@code /stat}: a pure function, tested on recorded replies of
 * GMiner 1.1x to 1.34.
 *
 * <p>A device's {@code speed} is in the algorithm's own unit without a prefix: Sol/s for Equihash,
 * H/s for Ethash (31000000, not 31), which every reader of the API takes as it stands (HiveOS's
 * {@code h-stats.sh} as {@code hs}, other monitors dividing by 1e6 for MH/s). {@code speedUnit}
 * ({@code "Sol/s"}) names that unit for display and is not a factor. GMiner gives only the current
 * speed, no average. Shares are the totals where GMiner gives them, else the devices' sums.
 */
final class GminerReading {

  private GminerReading() {}

  static PollResult from(JsonValue stat) {
    JsonObject reply = stat instanceof JsonObject object ? object : null;
    if (JsonParts.array(reply, "devices") == null) {
      return NoData.because("the stat has no devices list: not GMiner's");
    }
    List<String> errors = new ArrayList<>();
    DeviceTally tally = new DeviceTally();
    Double hashrate = null;
    Shares shares = new Shares();
    List<JsonObject> devices = JsonParts.objects(reply.get("devices"));
    for (int position = 0; position < devices.size(); position++) {
      JsonObject device = devices.get(position);
      Double speed = Figures.number(device, "speed");
      hashrate = DeviceTally.sum(hashrate, speed);
      tally.add(
          DeviceFigures.index(device, position, "gpu_id"),
          speed,
          DeviceFigures.temperature(device, "temperature"),
          DeviceFigures.busOfAddress(device, "bus_id"),
          DeviceFigures.power(device, "power_usage"));
      shares.add(device);
    }
    tally.noteDropped(errors);
    return Reading.builder()
        .firmware(GminerAdapter.TYPE)
        .firmwareVersion(JsonParts.withoutPrefix(JsonParts.text(reply, "miner"), "GMiner"))
        .algorithm(JsonParts.text(reply, "algorithm"))
        .hashrateHs(Figures.figure(hashrate))
        .boards(tally.boards())
        .powerW(tally.powerW())
        .pools(JsonParts.activePool(JsonParts.text(reply, "server"), JsonParts.text(reply, "user")))
        .accepted(total(reply, "total_accepted_shares", shares.accepted))
        .rejected(total(reply, "total_rejected_shares", shares.rejected))
        .stale(total(reply, "total_stale_shares", shares.stale))
        .hardwareErrors(total(reply, "total_invalid_shares", shares.invalid))
        .uptimeS(Figures.count(reply, "uptime"))
        .errors(errors)
        .build();
  }

  private static Long total(JsonObject reply, String key, Long devicesSum) {
    Long total = Figures.count(reply, key);
    return total != null ? total : devicesSum;
  }

  /** The devices' shares, each sum absent until a device counts it. */
  private static final class Shares {
    Long accepted;
    Long rejected;
    Long stale;
    Long invalid;

    void add(JsonObject device) {
      accepted = DeviceTally.sum(accepted, Figures.count(device, "accepted_shares"));
      rejected = DeviceTally.sum(rejected, Figures.count(device, "rejected_shares"));
      stale = DeviceTally.sum(stale, Figures.count(device, "stale_shares"));
      invalid = DeviceTally.sum(invalid, Figures.count(device, "invalid_shares"));
    }
  }
}
