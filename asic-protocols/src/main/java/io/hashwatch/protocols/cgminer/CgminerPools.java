package io.hashwatch.protocols.cgminer;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.reading.Limits;
import io.hashwatch.protocols.reading.Pool;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** The pools of a cgminer {@code pools} reply; entries without a URL are left out. */
public final class CgminerPools {

  private CgminerPools() {}

  public static List<Pool> from(JsonObject reply) {
    List<Pool> pools = new ArrayList<>();
    for (JsonObject entry : entries(reply)) {
      String url = clip(LenientFields.text(entry, "URL"));
      if (url == null) {
        continue;
      }
      pools.add(
          new Pool(
              url,
              clip(LenientFields.text(entry, "User")),
              clip(LenientFields.text(entry, "Status")),
              JsonValue.TRUE.equals(entry.get("Stratum Active")),
              count(entry, "Accepted"),
              count(entry, "Rejected"),
              count(entry, "Stale")));
    }
    return pools;
  }

  private static List<JsonObject> entries(JsonObject reply) {
    if (reply == null || !(reply.get("POOLS") instanceof JsonArray array)) {
      return List.of();
    }
    return array.stream()
        .filter(value -> value.getValueType() == JsonValue.ValueType.OBJECT)
        .map(JsonValue::asJsonObject)
        .toList();
  }

  private static Long count(JsonObject entry, String key) {
    Long value = LenientFields.whole(entry, key);
    return value == null || value < 0 ? null : value;
  }

  private static String clip(String text) {
    return text == null || text.length() <= Limits.MAX_TEXT
        ? text
        : text.substring(0, Limits.MAX_TEXT);
  }
}
