package io.hashwatch.protocols.miner.luxos;

import io.hashwatch.protocols.cgminer.CgminerRows;
import io.hashwatch.protocols.cgminer.CgminerStatus;
import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of a LuxOS {@code pools} reply: its number ({@code POOL}, what {@code switchpool} and
 * {@code removepool} take), {@code URL}, {@code User}, the pool group it belongs to ({@code GROUP},
 * null when the reply does not say) and its {@code Status} (Alive, Dead; null when not given).
 */
record LuxosPool(long id, String url, String user, Long group, String status) {
  private static final String STRATUM = "stratum+tcp://";

  /** The pools of a {@code pools} reply, slots without a URL left out. */
  static List<LuxosPool> from(JsonObject reply) throws DeviceException {
    CgminerStatus.check(reply);
    List<LuxosPool> pools = new ArrayList<>();
    for (JsonObject row : CgminerRows.objects(reply, "POOLS")) {
      String url = LenientFields.text(row, "URL");
      if (url == null) {
        continue;
      }
      Long id = LenientFields.whole(row, "POOL");
      if (id == null) {
        throw new MalformedReplyException("a pools row has no POOL number: " + row);
      }
      String user = LenientFields.text(row, "User");
      pools.add(
          new LuxosPool(
              id,
              url,
              user == null ? "" : user,
              LenientFields.whole(row, "GROUP"),
              LenientFields.text(row, "Status")));
    }
    return pools;
  }

  /**
   * Whether this is the pool {@code setting} names: the same user at the same URL, the {@code
   * stratum+tcp://} that LuxOS may add or keep and the letter case of the URL aside.
   */
  boolean is(MinerAction.PoolSetting setting) {
    return user.equals(setting.user()) && bare(url).equals(bare(setting.url()));
  }

  /** Whether the reply calls it anything but Alive. */
  boolean reportedDown() {
    return status != null && !status.equalsIgnoreCase("Alive");
  }

  @Override
  public String toString() {
    return id + ":" + url + " (" + user + ")";
  }

  private static String bare(String url) {
    String lower = url.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith(STRATUM) ? lower.substring(STRATUM.length()) : lower;
  }
}
