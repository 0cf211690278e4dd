package io.hashwatch.protocols.miner.antminer;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.Limits;
import io.hashwatch.protocols.reading.Pool;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The pools of a cgminer {@code pools} reply. bmminer marks more than one pool {@code "Stratum
 * Active"} when it keeps backup connections open (all three on a real S17 Pro), so the pool mined
 * now is the stratum-active one of best (lowest) {@code Priority}; without any, the alive one of
 * best priority.
 */
final class PoolList {

  private PoolList() {}

  static List<Pool> pools(JsonObject reply) {
    if (reply == null || !(reply.get("POOLS") instanceof JsonArray entries)) {
      return List.of();
    }
    List<JsonObject> listed = new ArrayList<>();
    for (JsonValue entry : entries) {
      if (entry instanceof JsonObject pool
          && text(pool, "URL") != null
          && text(pool, "URL").length() <= Limits.MAX_TEXT
          && listed.size() < Limits.MAX_POOLS) {
        listed.add(pool);
      }
    }
    JsonObject active = best(listed, true);
    if (active == null) {
      active = best(listed, false);
    }
    List<Pool> pools = new ArrayList<>();
    for (JsonObject pool : listed) {
      pools.add(
          new Pool(
              text(pool, "URL"),
              Figures.clip(text(pool, "User")),
              Figures.clip(text(pool, "Status")),
              pool == active,
              Figures.count(pool, "Accepted"),
              Figures.count(pool, "Rejected"),
              Figures.count(pool, "Stale")));
    }
    return pools;
  }

  private static JsonObject best(List<JsonObject> pools, boolean byStratum) {
    JsonObject best = null;
    long bestPriority = Long.MAX_VALUE;
    for (JsonObject pool : pools) {
      boolean candidate =
          byStratum
              ? pool.get("Stratum Active") == JsonValue.TRUE
              : "alive".equalsIgnoreCase(text(pool, "Status"));
      Long priority = LenientFields.whole(pool, "Priority");
      long rank = priority == null ? Long.MAX_VALUE - 1 : priority;
      if (candidate && rank < bestPriority) {
        best = pool;
        bestPriority = rank;
      }
    }
    return best;
  }

  private static String text(JsonObject pool, String key) {
    return LenientFields.text(pool, key);
  }
}
