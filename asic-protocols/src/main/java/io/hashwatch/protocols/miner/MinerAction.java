package io.hashwatch.protocols.miner;

import java.util.List;

/** What an operator or the watchdog can ask of a miner. */
public sealed interface MinerAction {

  /** The wire name of the action. */
  String name();

  /** Restart the mining program, not the machine. */
  record RestartMining() implements MinerAction {
    @Override
    public String name() {
      return "restart";
    }
  }

  /** Reboot the machine. */
  record Reboot() implements MinerAction {
    @Override
    public String name() {
      return "reboot";
    }
  }

  /** Stop hashing and draw as little power as the firmware allows, staying reachable. */
  record Sleep() implements MinerAction {
    @Override
    public String name() {
      return "sleep";
    }
  }

  /** Hash again after {@link Sleep}. */
  record Wake() implements MinerAction {
    @Override
    public String name() {
      return "wake";
    }
  }

  /** Replace the pool list, in priority order (most firmware takes at most three). */
  record SetPools(List<PoolSetting> pools) implements MinerAction {
    public SetPools {
      pools = List.copyOf(pools);
      if (pools.isEmpty()) {
        throw new IllegalArgumentException("at least one pool is needed");
      }
    }

    @Override
    public String name() {
      return "set-pools";
    }
  }

  /** One pool to mine on. */
  record PoolSetting(String url, String user, String password) {
    public PoolSetting {
      if (url == null || url.isBlank()) {
        throw new IllegalArgumentException("a pool needs a url");
      }
      user = user == null ? "" : user;
      password = password == null ? "" : password;
    }
  }
}
