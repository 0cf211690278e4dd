package io.hashwatch.protocols.miner.luxos;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.MinerAction.PoolSetting;
import io.hashwatch.protocols.transport.DeviceException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Replaces a LuxOS miner's pools so that it is never left without one: add the wanted pools that
 * are missing, switch to the first, see it listed and not reported down, and only then remove the
 * others, highest number first since numbers close up behind a removed pool. A refusal stops the
 * change where it is, and the answer says what was added, what was removed and what the miner has.
 * A wanted pool already there is kept in its place, never added twice, so sending the same change
 * again finishes one that stopped half-way.
 */
final class LuxosPools {
  private static final String WHAT = "set-pools";

  private final CgminerClient client;
  private final List<PoolSetting> wanted;
  private final List<String> added = new ArrayList<>();
  private final List<LuxosPool> removed = new ArrayList<>();

  private LuxosPools(CgminerClient client, List<PoolSetting> wanted) {
    this.client = client;
    this.wanted = wanted;
  }

  static ActionResult set(CgminerClient client, List<PoolSetting> wanted) {
    for (PoolSetting pool : wanted) {
      if ((pool.url() + pool.user() + pool.password()).contains(",")) {
        return new ActionResult.Failed(
            WHAT
                + ": addpool takes url, user and password as one comma-separated parameter, so a"
                + " comma in them cannot be sent; nothing was changed");
      }
    }
    LuxosPools change = new LuxosPools(client, wanted);
    return LuxosSession.exclusive(client, WHAT, change::replace);
  }

  private ActionResult replace() {
    try {
      return steps();
    } catch (DeviceException e) {
      return stopped("the miner did not answer as expected: " + e.getMessage());
    }
  }

  private ActionResult steps() throws DeviceException {
    List<LuxosPool> before = read();
    Set<Long> groups = new TreeSet<>();
    before.stream().map(LuxosPool::group).filter(Objects::nonNull).forEach(groups::add);
    if (groups.size() > 1) {
      return new ActionResult.Failed(
          WHAT
              + ": the pools are split over LuxOS groups "
              + groups
              + " (hashrate splitting); Hashwatch replaces the pools of one group only, so nothing"
              + " was changed");
    }
    if (!reachable(before)) {
      return new ActionResult.Failed(
          WHAT
              + ": the pools already on the miner would stay ahead of the new ones in another order"
              + " than asked, and LuxOS's API has no command to reorder pools; nothing was changed");
    }
    Long group = groups.isEmpty() ? null : groups.iterator().next();
    for (PoolSetting pool : wanted) {
      if (find(before, pool) == null) {
        try {
          client.command("addpool", addpool(pool, group));
        } catch (DeviceException e) {
          return stopped("addpool " + describe(pool) + " was refused: " + e.getMessage());
        }
        added.add(describe(pool));
      }
    }
    ActionResult switched = switchToFirst();
    return switched != null ? switched : removeOthers();
  }

  /** Switches to the first wanted pool and checks it took; null when it did. */
  private ActionResult switchToFirst() throws DeviceException {
    List<LuxosPool> now = read();
    for (PoolSetting pool : wanted) {
      if (find(now, pool) == null) {
        return stopped("the pools reply does not list " + describe(pool) + " after addpool");
      }
    }
    try {
      client.command("switchpool", Long.toString(find(now, wanted.get(0)).id()));
    } catch (DeviceException e) {
      return stopped("switchpool was refused: " + e.getMessage());
    }
    LuxosPool first = find(read(), wanted.get(0));
    if (first == null || first.reportedDown()) {
      return stopped(
          "after switchpool the first pool is "
              + (first == null ? "not listed" : first.status())
              + ", so the other pools were kept");
    }
    return null;
  }

  private ActionResult removeOthers() throws DeviceException {
    List<LuxosPool> now = read();
    List<LuxosPool> keep = new ArrayList<>();
    wanted.forEach(pool -> keep.add(find(now, pool)));
    List<LuxosPool> others =
        now.stream()
            .filter(pool -> !keep.contains(pool))
            .sorted(Comparator.comparingLong(LuxosPool::id).reversed())
            .toList();
    for (LuxosPool pool : others) {
      try {
        client.command("removepool", Long.toString(pool.id()));
      } catch (DeviceException e) {
        return stopped("removepool " + pool + " was refused: " + e.getMessage());
      }
      removed.add(pool);
    }
    List<LuxosPool> after = read();
    if (!matches(after)) {
      return stopped("the pools read back differ from the wanted list");
    }
    return new ActionResult.Done(
        "pools set to " + after + "; added " + added + ", removed " + removed + inGroup(after));
  }

  /**
   * Whether adding the missing pools (which go last) and removing the others ends in the wanted
   * order: the wanted pools already there keep their places.
   */
  private boolean reachable(List<LuxosPool> before) {
    List<PoolSetting> order = new ArrayList<>();
    for (LuxosPool pool : before) {
      wanted.stream()
          .filter(setting -> pool.equals(find(before, setting)))
          .findFirst()
          .ifPresent(order::add);
    }
    wanted.stream().filter(setting -> find(before, setting) == null).forEach(order::add);
    return order.equals(wanted);
  }

  private boolean matches(List<LuxosPool> pools) {
    if (pools.size() != wanted.size()) {
      return false;
    }
    for (int i = 0; i < pools.size(); i++) {
      if (!pools.get(i).is(wanted.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The answer for a change stopped part-way, with the miner's pools as read now. */
  private ActionResult stopped(String reason) {
    String now;
    try {
      now = read().toString();
    } catch (DeviceException e) {
      now = "unknown (" + e.getMessage() + ")";
    }
    String changes =
        added.isEmpty() && removed.isEmpty()
            ? "nothing was changed"
            : "added " + added + ", removed " + removed;
    return new ActionResult.Failed(
        WHAT + " stopped: " + reason + "; " + changes + "; the miner's pools now: " + now);
  }

  private List<LuxosPool> read() throws DeviceException {
    return LuxosPool.from(client.reply("pools"));
  }

  private static LuxosPool find(List<LuxosPool> pools, PoolSetting setting) {
    return pools.stream().filter(pool -> pool.is(setting)).findFirst().orElse(null);
  }

  /** {@code url,user,password} and the group the miner's pools are in, when it says. */
  private static String addpool(PoolSetting pool, Long group) {
    String parameter = pool.url() + "," + pool.user() + "," + pool.password();
    return group == null ? parameter : parameter + "," + group;
  }

  private static String inGroup(List<LuxosPool> pools) {
    Long group = pools.isEmpty() ? null : pools.get(0).group();
    return group == null ? "" : " in group " + group;
  }

  private static String describe(PoolSetting pool) {
    return pool.url() + " (" + pool.user() + ")";
  }
}
