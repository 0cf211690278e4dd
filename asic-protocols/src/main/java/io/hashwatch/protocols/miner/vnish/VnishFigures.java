package io.hashwatch.protocols.miner.vnish;

import io.hashwatch.protocols.cgminer.CgminerRows;
import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.reading.Limits;
import io.hashwatch.protocols.reading.Pool;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Figures out of VNish's cgminer replies, as a reading accepts them: absent, refused or negative
 * values read as absent, each refused command leaves its reason in words.
 */
final class VnishFigures {
  static final double GIGA = 1e9;

  private VnishFigures() {}

  /** The object rows of {@code section} in {@code reply}; empty, with a reason, if none. */
  static List<JsonObject> rows(
      JsonObject reply, String command, String section, List<String> errors) {
    return CgminerRows.rows(reply, command, section, errors);
  }

  static Double positiveOrZero(JsonObject row, String... keys) {
    Double value = LenientFields.number(row, keys);
    return value == null || value < 0 ? null : value;
  }

  /** The first of {@code keys} in GH/s, as H/s; null when absent, negative or beyond a double. */
  static Double gigahashes(JsonObject row, String... keys) {
    Double value = positiveOrZero(row, keys);
    return value == null ? null : finite(value * GIGA);
  }

  /** {@code value}, or null when a sum or product of wild figures left the doubles. */
  static Double finite(double value) {
    return Double.isFinite(value) ? value : null;
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

  /**
   * The user's pools. VNish lists the pool its dev fee is mined on as one more pool, {@code
   * "URL":"DevFee"} with {@code "Type":1}: no URL and not the operator's, so it is left out.
   */
  static List<Pool> pools(List<JsonObject> rows) {
    List<Pool> pools = new ArrayList<>();
    for (JsonObject row : rows) {
      String url = text(row, "URL");
      boolean devFee = "DevFee".equalsIgnoreCase(url) || Long.valueOf(1).equals(count(row, "Type"));
      if (url == null || devFee || pools.size() == Limits.MAX_POOLS) {
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

  /** The hottest of a dash-joined list of sensor readings ({@code "65-55-65-65"}); else null. */
  static Double hottest(JsonObject row, String key) {
    String readings = LenientFields.text(row, key);
    if (readings == null) {
      return null;
    }
    Double hottest = null;
    for (String reading : readings.split("-")) {
      Double value = LenientFields.parse(reading);
      if (value != null && value > 0 && (hottest == null || value > hottest)) {
        hottest = value;
      }
    }
    return hottest;
  }

  /** A reason short enough for a reading, however long the miner's own message. */
  static String bounded(String reason) {
    return CgminerRows.bounded(reason);
  }
}
