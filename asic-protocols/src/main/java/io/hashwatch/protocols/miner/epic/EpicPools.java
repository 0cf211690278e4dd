package io.hashwatch.protocols.miner.epic;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.Limits;
import io.hashwatch.protocols.reading.Pool;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The pools of {@code /summary}: the configured ones in {@code StratumConfigs} ({@code pool},
 * {@code login}), and which of them is mined now from {@code Stratum} ({@code "Current Pool":
 * "mine.ocean.xyz:3334"}, without the scheme). ePIC counts shares for the session, not per pool, so
 * they are given to the current pool.
 */
final class EpicPools {

  private EpicPools() {}

  static List<Pool> from(JsonObject summary) {
    JsonObject stratum = EpicReading.object(summary, "Stratum");
    JsonObject session = EpicReading.object(summary, "Session");
    String current = LenientFields.text(stratum, "Current Pool");
    boolean connected = stratum != null && JsonValue.TRUE.equals(stratum.get("IsPoolConnected"));
    List<Pool> pools = new ArrayList<>();
    boolean currentFound = false;
    for (JsonObject config : EpicReading.objects(summary.get("StratumConfigs"))) {
      String url = LenientFields.text(config, "pool");
      if (url == null || url.length() > Limits.MAX_TEXT || pools.size() == Limits.MAX_POOLS) {
        continue;
      }
      boolean active = !currentFound && current != null && isCurrent(url, current);
      currentFound |= active;
      String user = LenientFields.text(config, "login");
      pools.add(
          new Pool(
              url,
              user == null || user.length() > Limits.MAX_TEXT ? null : user,
              active ? (connected ? "Alive" : "Dead") : null,
              active,
              active ? Figures.count(session, "Accepted") : null,
              active ? Figures.count(session, "Rejected") : null,
              null));
    }
    return pools;
  }

  private static boolean isCurrent(String url, String current) {
    int scheme = url.indexOf("://");
    String address = scheme < 0 ? url : url.substring(scheme + 3);
    return address.equalsIgnoreCase(current);
  }
}
