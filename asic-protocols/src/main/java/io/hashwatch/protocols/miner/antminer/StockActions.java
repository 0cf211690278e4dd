package io.hashwatch.protocols.miner.antminer;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.miner.MinerAction.PoolSetting;
import io.hashwatch.protocols.transport.DeviceConnectException;
import io.hashwatch.protocols.transport.DeviceException;
import jakarta.json.JsonObject;
import java.net.ConnectException;
import java.util.List;

/**
 * What stock firmware can be asked through its web CGI. Its cgminer API takes report commands only,
 * and the CGI has no page that restarts just the mining program, so {@link
 * MinerAction.RestartMining} is unsupported. X19 and later answer a JSON config with {@code
 * {"code":"M000"}} even when they ignore part of it, so a JSON write is read back before it counts
 * as done.
 */
final class StockActions {
  private static final String JSON_BODY = "text/plain;charset=UTF-8"; // as the web page sends it
  private static final String FORM_BODY = "application/x-www-form-urlencoded";
  private static final String ACCEPTED = "M000";

  private final AntminerWeb web;

  StockActions(AntminerWeb web) {
    this.web = web;
  }

  ActionResult perform(MinerAction action) {
    if (action instanceof MinerAction.RestartMining) {
      return new ActionResult.Unsupported(
          "stock firmware has no command that restarts only the mining program; reboot instead");
    }
    if (action instanceof MinerAction.SetPools setPools
        && setPools.pools().size() > ConfBodies.POOL_SLOTS) {
      return new ActionResult.Unsupported(
          "stock firmware keeps at most "
              + ConfBodies.POOL_SLOTS
              + " pools, "
              + setPools.pools().size()
              + " were given");
    }
    try {
      if (action instanceof MinerAction.Reboot) {
        return reboot();
      }
      if (action instanceof MinerAction.SetPools setPools) {
        return setPools(setPools.pools());
      }
      if (action instanceof MinerAction.Sleep) {
        return workMode(MinerConf.SLEEP);
      }
      if (action instanceof MinerAction.Wake) {
        return workMode(MinerConf.NORMAL);
      }
      return new ActionResult.Unsupported("stock firmware does not know " + action.name());
    } catch (DeviceException e) {
      return new ActionResult.Failed(e.getMessage());
    } catch (RuntimeException e) {
      return new ActionResult.Failed(
          "the answer of " + web.where() + " could not be read: " + AntminerDriver.describe(e));
    }
  }

  /**
   * A miner often goes down before it answers, and the JDK client sends a GET again when its
   * connection is dropped, by then to a miner that refuses connections. So the miner is first asked
   * something harmless: once it has answered with the login taken, a connection it drops or refuses
   * during the reboot counts as done.
   */
  private ActionResult reboot() throws DeviceException {
    web.get("get_system_info");
    try {
      web.get("reboot");
      return new ActionResult.Done("the miner is rebooting");
    } catch (DeviceConnectException e) {
      return new ActionResult.Done(
          e.getCause() instanceof ConnectException
              ? "the miner stopped taking connections as it went down to reboot"
              : "the miner dropped the connection as it went down to reboot");
    }
  }

  private ActionResult setPools(List<PoolSetting> pools) throws DeviceException {
    MinerConf conf = web.conf();
    if (!conf.modern()) {
      String answer = web.post("set_miner_conf", FORM_BODY, ConfBodies.legacy(conf, pools));
      return answer.strip().equalsIgnoreCase("ok")
          ? new ActionResult.Done("pools set")
          : new ActionResult.Failed("the miner did not take the pools: " + snippet(answer));
    }
    String body = ConfBodies.modern(conf, ConfBodies.pools(pools), conf.workMode());
    ActionResult refused = refusal(web.post("set_miner_conf", JSON_BODY, body));
    if (refused != null) {
      return refused;
    }
    List<String> wanted = pools.stream().map(PoolSetting::url).toList();
    List<String> now = web.conf().poolUrls();
    return now.equals(wanted)
        ? new ActionResult.Done("pools set")
        : new ActionResult.Failed(
            "the miner answered OK but its config still lists the pools " + now);
  }

  private ActionResult workMode(int mode) throws DeviceException {
    MinerConf conf = web.conf();
    if (!conf.modern()) {
      return new ActionResult.Unsupported(
          "this firmware has no work modes (X17 and older cannot sleep)");
    }
    String wanted = mode == MinerConf.SLEEP ? "sleeping" : "hashing";
    if ((conf.workMode() == MinerConf.SLEEP) == (mode == MinerConf.SLEEP)) {
      return new ActionResult.Done("already " + wanted + " (work mode " + conf.workMode() + ")");
    }
    String body = ConfBodies.modern(conf, ConfBodies.pools(conf), mode);
    ActionResult refused = refusal(web.post("set_miner_conf", JSON_BODY, body));
    if (refused != null) {
      return refused;
    }
    int now = web.conf().workMode();
    return now == mode
        ? new ActionResult.Done(wanted)
        : new ActionResult.Failed("the miner answered OK but its work mode is still " + now);
  }

  /** Null when the JSON config was accepted; else why not. */
  private static ActionResult refusal(String answer) {
    try {
      JsonObject reply = CgminerClient.parse(answer);
      String code = LenientFields.text(reply, "code");
      if (ACCEPTED.equals(code) || "success".equalsIgnoreCase(LenientFields.text(reply, "stats"))) {
        return null;
      }
      return new ActionResult.Failed(
          "the miner refused the config: "
              + (code == null ? snippet(answer) : code + " " + LenientFields.text(reply, "msg")));
    } catch (DeviceException e) {
      return new ActionResult.Failed("the miner answered the config with " + snippet(answer));
    }
  }

  private static String snippet(String text) {
    String flat = text.strip();
    return flat.length() <= 120 ? "'" + flat + "'" : "'" + flat.substring(0, 120) + "...'";
  }
}
