package io.hashwatch.commander.actions;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.miner.MinerAction;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;

/**
 * The stored form of a set-pools command's pools: a JSON array of {@code {url, user, password}},
 * the same fields the answer to a batch carries. The password is kept because the sentry needs it.
 */
final class PoolsJson {

  private PoolsJson() {}

  /** The JSON text of {@code pools}, or {@code null} when there are none. */
  static String write(List<MinerAction.PoolSetting> pools) {
    if (pools.isEmpty()) {
      return null;
    }
    JsonArrayBuilder array = CachedJsonProvider.INSTANCE.createArrayBuilder();
    for (MinerAction.PoolSetting pool : pools) {
      array.add(
          CachedJsonProvider.INSTANCE
              .createObjectBuilder()
              .add("url", pool.url())
              .add("user", pool.user())
              .add("password", pool.password()));
    }
    return array.build().toString();
  }

  static List<MinerAction.PoolSetting> read(String json) {
    if (json == null) {
      return List.of();
    }
    try (JsonReader reader = CachedJsonProvider.INSTANCE.createReader(new StringReader(json))) {
      JsonArray array = reader.readArray();
      return array.getValuesAs(JsonObject.class).stream()
          .map(
              pool ->
                  new MinerAction.PoolSetting(
                      pool.getString("url"), pool.getString("user"), pool.getString("password")))
          .toList();
    }
  }
}
