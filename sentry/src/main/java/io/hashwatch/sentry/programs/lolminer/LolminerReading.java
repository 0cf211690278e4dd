package io.hashwatch.sentry.programs.lolminer;

import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.sentry.programs.http.HashUnits;
import io.hashwatch.sentry.programs.http.JsonParts;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * The reading of lolMiner from its summary, in the shape of its version: 0.4x (flat keys, {@code
 * GPU0}...), 0.5 to 1.1 ({@code Session}, {@code GPUs}) or 1.2 and later ({@code Workers}, {@code
 * Algorithms}). Each is a pure function, tested on recorded or documented replies.
 */
final class LolminerReading {

  private LolminerReading() {}

  static PollResult from(JsonValue summary) {
    JsonObject reply = summary instanceof JsonObject object ? object : null;
    if (reply == null) {
      return NoData.because("the summary is not a JSON object: not lolMiner's");
    }
    if (reply.get("Algorithms") instanceof JsonArray) {
      return LolminerAlgorithms.read(reply);
    }
    if (JsonParts.object(reply, "Session") != null || JsonParts.array(reply, "GPUs") != null) {
      return LolminerSession.read(reply);
    }
    if (reply.containsKey("TotalSpeed(5s)") || reply.containsKey("GPU0")) {
      return LolminerLegacy.read(reply);
    }
    return NoData.because(
        "the summary has no Algorithms, Session, GPUs or TotalSpeed(5s): not lolMiner's");
  }

  /** A reading with what every shape has: the program, its version, its pool. */
  static Reading.Builder base(JsonObject reply, String pool, String user) {
    return Reading.builder()
        .firmware(LolminerAdapter.TYPE)
        .firmwareVersion(JsonParts.withoutPrefix(JsonParts.text(reply, "Software"), "lolMiner"))
        .pools(JsonParts.activePool(pool, user));
  }

  /**
   * H/s per unit of lolMiner's {@code Performance_Unit}; lolMiner before 1.0 wrote none and mined
   * only Equihash and Cuckoo, in solutions and graphs per second, one hash each.
   */
  static Double unit(String unit, List<String> errors) {
    if (unit == null) {
      return 1.0;
    }
    Double perUnit = HashUnits.perUnit(unit);
    if (perUnit == null) {
      errors.add("lolMiner's performance unit \"" + unit + "\" is unknown: hashrates left out");
    }
    return perUnit;
  }
}
