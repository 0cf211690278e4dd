package io.hashwatch.sentry.programs.monerod;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.Limits;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * The reading of monerod's {@code /mining_status} and {@code get_info}. A stopped miner is still a
 * reading, at 0 H/s. monerod mines solo, on the chain it keeps: its one pool is the daemon itself,
 * with the wallet address it mines to as the user, listed while it mines to one.
 */
final class MonerodReading {
  static final String SOLO = "solo";

  private MonerodReading() {}

  /**
   * @param info the {@code get_info} result, null when it could not be had
   * @param errors what could not be had, in words
   * @param now the sentry's time, against which monerod's start time gives its uptime
   * @param daemon the daemon's RPC url, the pool of a solo miner
   */
  static PollResult of(
      JsonObject miningStatus, JsonObject info, List<String> errors, Instant now, URI daemon) {
    JsonValue active = miningStatus.get("active");
    if (!JsonValue.TRUE.equals(active) && !JsonValue.FALSE.equals(active)
        || !miningStatus.containsKey("speed")
        || !(miningStatus.get("status") instanceof JsonString status)) {
      return NoData.because(
          daemon + " answers /mining_status, but not as monerod does (active, speed, status)");
    }
    if (!"OK".equals(status.getString())) {
      return Rejected.because(
          "monerod answered /mining_status with status '" + Figures.clip(status.getString()) + "'");
    }
    boolean mining = JsonValue.TRUE.equals(active);
    String address = Figures.text(miningStatus, "address");
    return Reading.builder()
        .firmware(MonerodAdapter.TYPE)
        .firmwareVersion(Figures.text(info, "version"))
        .algorithm(Figures.text(miningStatus, "pow_algorithm"))
        .hashrateHs(Figures.number(miningStatus, "speed"))
        .pools(
            address == null
                ? List.of()
                : List.of(new Pool(daemon.toString(), address, SOLO, mining, null, null, null)))
        .uptimeS(uptime(info, now))
        .errors(Figures.first(errors, Limits.MAX_ERRORS))
        .build();
  }

  /** Since {@code start_time}, which a restricted RPC gives as 0. */
  private static Long uptime(JsonObject info, Instant now) {
    Long started = info == null ? null : LenientFields.whole(info, "start_time");
    if (started == null || started <= 0) {
      return null;
    }
    return Math.max(0, now.getEpochSecond() - started);
  }
}
