package io.hashwatch.sentry.programs.srbminer;

import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.sentry.programs.http.JsonParts;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The reading of SRBMiner from the answer to {@code GET /}, in the shape of its line:
 * SRBMiner-MULTI ({@code algorithms}, {@code cpu_devices}, {@code gpu_devices}) or the older
 * SRBMiner-CN ({@code hashrate_total_now}, {@code devices}). Hashrates are H/s; bus ids bare bus
 * numbers.
 */
final class SrbminerReading {

  private SrbminerReading() {}

  static PollResult from(JsonValue root) {
    JsonObject reply = root instanceof JsonObject object ? object : null;
    if (reply == null) {
      return NoData.because("the answer is not a JSON object: not SRBMiner's");
    }
    if (reply.get("algorithms") instanceof JsonArray) {
      return SrbminerMulti.read(reply);
    }
    if (reply.containsKey("hashrate_total_now") || reply.get("devices") instanceof JsonArray) {
      return SrbminerClassic.read(reply);
    }
    return NoData.because(
        "the answer has no algorithms, devices or hashrate_total_now: not SRBMiner's");
  }

  /** A reading with what both lines have: the program, its version, its uptime. */
  static Reading.Builder base(JsonObject reply) {
    return Reading.builder()
        .firmware(SrbminerAdapter.TYPE)
        .firmwareVersion(JsonParts.text(reply, "miner_version"))
        .uptimeS(Figures.count(reply, "mining_time"));
  }
}
