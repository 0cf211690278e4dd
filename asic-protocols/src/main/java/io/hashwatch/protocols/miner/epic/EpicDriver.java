package io.hashwatch.protocols.miner.epic;

import io.hashwatch.protocols.http.DeviceHttpClient;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.Fingerprint;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.miner.MinerDriver;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.miner.PollGuard;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.transport.DeviceException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ePIC UMC miners: JSON over HTTP on the API port. A poll reads {@code /summary}, then {@code
 * /capabilities} and {@code /hashrate} for the model and the chips (a poll without them is still a
 * reading, saying what is missing). Actions are password-guarded POSTs ({@code letmein} unless the
 * target says otherwise): {@code /reboot} and {@code /softreboot} with a delay of 0 s, {@code
 * /miner} Stop / Autostart, {@code /coin} for the pools.
 */
public final class EpicDriver implements MinerDriver {
  public static final String FIRMWARE = "epic";
  static final String DEFAULT_PASSWORD = "letmein";

  /** One HTTP client per set of timeouts: a JDK client holds threads and a connection pool. */
  private final Map<DeviceHttpClient.Settings, DeviceHttpClient> clients =
      new ConcurrentHashMap<>();

  @Override
  public String firmware() {
    return FIRMWARE;
  }

  /** ePIC answers the cgminer port with HTTP; the poll confirms with {@code /summary}. */
  @Override
  public boolean recognizes(Fingerprint fingerprint) {
    return fingerprint.httpOnApiPort();
  }

  @Override
  public PollResult poll(MinerTarget target) {
    EpicApi api = api(target);
    return PollGuard.run(
        target,
        () -> {
          JsonObject summary = api.getObject("summary");
          List<String> errors = new ArrayList<>();
          JsonObject capabilities =
              optional(() -> api.getObject("capabilities"), "capabilities", errors);
          JsonValue chips = optional(() -> api.get("hashrate"), "hashrate", errors);
          return EpicReading.from(summary, capabilities, chips, errors);
        });
  }

  @Override
  public ActionResult perform(MinerTarget target, MinerAction action) {
    EpicApi api = api(target);
    String password = target.credentials().passwordOr(DEFAULT_PASSWORD);
    if (action instanceof MinerAction.SetPools setPools) {
      return EpicPoolSetter.set(api, password, setPools.pools());
    }
    if (action instanceof MinerAction.Reboot) {
      return EpicPost.send(api, "reboot", zeroDelay(), password);
    }
    if (action instanceof MinerAction.RestartMining) {
      return EpicPost.send(api, "softreboot", zeroDelay(), password);
    }
    if (action instanceof MinerAction.Sleep) {
      return EpicPost.send(api, "miner", CachedJsonProvider.INSTANCE.createValue("Stop"), password);
    }
    if (action instanceof MinerAction.Wake) {
      return EpicPost.send(
          api, "miner", CachedJsonProvider.INSTANCE.createValue("Autostart"), password);
    }
    return new ActionResult.Unsupported("the ePIC driver does not know " + action.name());
  }

  private EpicApi api(MinerTarget target) {
    DeviceHttpClient.Settings settings =
        new DeviceHttpClient.Settings(
            target.connectTimeout(),
            target.replyTimeout(),
            DeviceHttpClient.Settings.DEFAULT.maxBodyBytes());
    return new EpicApi(
        clients.computeIfAbsent(settings, DeviceHttpClient::new), target.host(), target.apiPort());
  }

  /** The delay in seconds before a reboot: none. */
  private static JsonValue zeroDelay() {
    return CachedJsonProvider.INSTANCE.createValue(0);
  }

  /** A reply the reading can do without: its failure is noted, not fatal. */
  private static <T> T optional(Call<T> call, String what, List<String> errors) {
    try {
      return call.call();
    } catch (DeviceException e) {
      errors.add(what + ": " + e.getMessage());
      return null;
    }
  }

  /** A request to the miner. */
  private interface Call<T> {
    T call() throws DeviceException;
  }
}
