package io.hashwatch.protocols.miner.braiins;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.reading.Limits;
import io.hashwatch.protocols.reading.Pool;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Figures as a reading accepts them: a negative rate or count that a broken reply carries reads as
 * absent rather than making the whole reading invalid.
 */
final class Figures {
  static final double MEGA = 1e6;

  private Figures() {}

  /** The first of {@code keys} as a number >= 0, or null. */
  static Double positiveOrZero(JsonObject row, String... keys) {
    Double value = LenientFields.number(row, keys);
    return value == null || value < 0 ? null : value;
  }

  /** The first of {@code keys} in MH/s, as H/s; null when absent, negative or beyond a double. */
  static Double megahashes(JsonObject row, String... keys) {
    Double value = positiveOrZero(row, keys);
    return value == null ? null : finite(value * MEGA);
  }

  /** {@code value}, or null when a sum or product of wild figures left the doubles. */
  static Double finite(double value) {
    return Double.isFinite(value) ? value : null;
  }

  /** A temperature sensor reading; bosminer writes 0.0 for a sensor it does not have. */
  static Double temperature(JsonObject row, String... keys) {
    Double value = LenientFields.number(row, keys);
    return value == null || value <= 0 ? null : value;
  }

  static Long count(JsonObject row, String... keys) {
    Long value = row == null ? null : LenientFields.whole(row, keys);
    return value == null || value < 0 ? null : value;
  }

  static Integer smallCount(JsonObject row, String... keys) {
    Long value = count(row, keys);
    return value == null || value > Integer.MAX_VALUE ? null : value.intValue();
  }

  static String text(JsonObject row, String key) {
    String value = LenientFields.text(row, key);
    if (value == null) {
      return null;
    }
    return value.length() <= Limits.MAX_TEXT ? value : value.substring(0, Limits.MAX_TEXT);
  }

  /** The pools of a cgminer {@code POOLS} list; pools without a URL are left out. */
  static List<Pool> pools(List<JsonObject> rows) {
    List<Pool> pools = new ArrayList<>();
    for (JsonObject row : rows) {
      String url = text(row, "URL");
      if (url == null || pools.size() == Limits.MAX_POOLS) {
        continue;
      }
      pools.add(
          new Pool(
              url,
              text(row, "User"),
              text(row, "Status"),
              row.get("Stratum Active") == JsonValue.TRUE,
              count(row, "Accepted"),
              count(row, "Rejected"),
              count(row, "Stale")));
    }
    return pools;
  }

  /** Joules per terahash, when both figures are known and the miner hashes. */
  static Double efficiency(Double powerW, Double hashrateHs) {
    if (powerW == null || hashrateHs == null || hashrateHs <= 0) {
      return null;
    }
    return finite(powerW / (hashrateHs / 1e12));
  }
}
