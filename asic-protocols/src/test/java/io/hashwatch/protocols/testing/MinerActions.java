package io.hashwatch.protocols.testing;

import io.hashwatch.protocols.miner.MinerAction;

/** The actions without parameters by their wire name, for parameterized driver tests. */
public final class MinerActions {

  private MinerActions() {}

  /** restart, reboot, sleep or wake. */
  public static MinerAction named(String name) {
    return switch (name) {
      case "restart" -> new MinerAction.RestartMining();
      case "reboot" -> new MinerAction.Reboot();
      case "sleep" -> new MinerAction.Sleep();
      case "wake" -> new MinerAction.Wake();
      default -> throw new IllegalArgumentException(name);
    };
  }
}
