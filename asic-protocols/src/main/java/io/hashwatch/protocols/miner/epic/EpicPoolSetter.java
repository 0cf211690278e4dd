package io.hashwatch.protocols.miner.epic;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.MinerAction.PoolSetting;
import io.hashwatch.protocols.transport.DeviceException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * Replaces an ePIC miner's pools with {@code POST /coin} {@code {"param":{"coin":..,
 * "stratum_configs":[{"pool","login","password"}],"unique_id":..}}}, which takes at most three. The
 * coin and the "unique worker id" setting are part of the same call; they are read from {@code
 * /summary} first and sent back as they were, so that changing pools changes nothing else.
 */
final class EpicPoolSetter {
  static final int MAX_POOLS = 3;

  /** What pyasic sends when the miner does not say. */
  private static final String DEFAULT_COIN = "Btc";

  private EpicPoolSetter() {}

  static ActionResult set(EpicApi api, String password, List<PoolSetting> pools) {
    if (pools.size() > MAX_POOLS) {
      return new ActionResult.Unsupported(
          "ePIC takes at most " + MAX_POOLS + " pools, " + pools.size() + " were given");
    }
    JsonObject summary;
    try {
      summary = api.getObject("summary");
    } catch (DeviceException e) {
      return new ActionResult.Failed(
          "set pools: the current coin could not be read: " + e.getMessage());
    }
    String coin = LenientFields.text(EpicReading.object(summary, "Mining"), "Coin");
    JsonObject stratum = EpicReading.object(summary, "Stratum");
    boolean uniqueId = stratum != null && JsonValue.TRUE.equals(stratum.get("Worker Unique Id"));
    JsonArrayBuilder configs = CachedJsonProvider.INSTANCE.createArrayBuilder();
    for (PoolSetting pool : pools) {
      configs.add(
          CachedJsonProvider.INSTANCE
              .createObjectBuilder()
              .add("pool", pool.url())
              .add("login", pool.user())
              .add("password", pool.password()));
    }
    JsonObject param =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("coin", coin == null ? DEFAULT_COIN : coin)
            .add("stratum_configs", configs)
            .add("unique_id", uniqueId)
            .build();
    return EpicPost.send(api, "coin", param, password);
  }
}
