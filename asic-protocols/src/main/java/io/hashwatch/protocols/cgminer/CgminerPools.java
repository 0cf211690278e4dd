package io.hashwatch.protocols.cgminer;

import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.Pool;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** The pools of a cgminer {@code pools} reply; entries without a URL are left out. */
public final class CgminerPools {

  private CgminerPools() {}

  public static List<Pool> from(JsonObject reply) {
    return of(CgminerRows.objects(reply, "POOLS"));
  }

  /** The pools of the rows of a {@code POOLS} list ({@link CgminerRows#rows}). */
  public static List<Pool> of(List<JsonObject> rows) {
    List<Pool> pools = new ArrayList<>();
    for (JsonObject row : rows) {
      String url = Figures.text(row, "URL");
      if (url == null) {
        continue;
      }
      pools.add(
          new Pool(
              url,
              Figures.text(row, "User"),
              Figures.text(row, "Status"),
              JsonValue.TRUE.equals(row.get("Stratum Active")),
              Figures.count(row, "Accepted"),
              Figures.count(row, "Rejected"),
              Figures.count(row, "Stale")));
    }
    return pools;
  }
}
