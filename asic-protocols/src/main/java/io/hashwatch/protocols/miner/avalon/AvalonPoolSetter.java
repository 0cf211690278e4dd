package io.hashwatch.protocols.miner.avalon;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.MinerAction.PoolSetting;
import io.hashwatch.protocols.miner.MinerTarget.Credentials;
import java.util.List;
import java.util.stream.Stream;

/**
 * Sets an Avalon's pools: {@code ascset|0,setpool,<webuser>,<webpass>,<slot>,<url>,<worker>,<pass>}
 * for each pool (the form Foreman and other public clients send; firmware before the slot number
 * took one pool only), then {@code ascset|0,reboot,0}, since the firmware applies the pools when it
 * starts. The web login guards the command: {@code root}/{@code root} unless the target says
 * otherwise. Slots after the given pools keep what they held.
 */
final class AvalonPoolSetter {
  static final int MAX_POOLS = 3;
  private static final String DEFAULT_WEB_USER = "root";
  private static final String DEFAULT_WEB_PASSWORD = "root";

  private AvalonPoolSetter() {}

  static ActionResult set(CgminerClient client, Credentials credentials, List<PoolSetting> pools) {
    if (pools.size() > MAX_POOLS) {
      return new ActionResult.Unsupported(
          "an Avalon holds at most " + MAX_POOLS + " pools, " + pools.size() + " were given");
    }
    String user = credentials.userOr(DEFAULT_WEB_USER);
    String password = credentials.passwordOr(DEFAULT_WEB_PASSWORD);
    boolean unsendable =
        Stream.concat(
                Stream.of(user, password),
                pools.stream().flatMap(pool -> Stream.of(pool.url(), pool.user(), pool.password())))
            .anyMatch(AvalonPoolSetter::breaksParameter);
    if (unsendable) {
      return new ActionResult.Unsupported(
          "ascset parameters are split at commas: a pool or login holding ',' or '|' cannot be"
              + " sent");
    }
    for (int slot = 0; slot < pools.size(); slot++) {
      PoolSetting pool = pools.get(slot);
      String operation =
          String.join(
              ",",
              "setpool",
              user,
              password,
              String.valueOf(slot),
              pool.url(),
              pool.user(),
              pool.password());
      ActionResult result = AvalonDriver.ascset(client, operation, "set pool " + slot);
      if (result instanceof ActionResult.Failed failed && slot > 0) {
        return new ActionResult.Failed(
            failed.reason() + " (the pools before slot " + slot + " were set)");
      }
      if (!(result instanceof ActionResult.Done)) {
        return result;
      }
    }
    ActionResult reboot = AvalonDriver.ascset(client, "reboot,0", "reboot to apply the pools");
    if (!(reboot instanceof ActionResult.Done)) {
      return reboot;
    }
    return new ActionResult.Done(pools.size() + " pool(s) set; the miner reboots to apply them");
  }

  private static boolean breaksParameter(String value) {
    return value.indexOf(',') >= 0 || value.indexOf('|') >= 0;
  }
}
