package io.hashwatch.protocols.miner.luxos;

import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.Fingerprint;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.miner.MinerDriver;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.miner.PollGuard;
import io.hashwatch.protocols.reading.PollResult;

/**
 * LuxOS miners: one joined request of {@code version+summary+pools+stats+devs+fans+temps+power} per
 * poll; sleep and wake by {@code curtail}, reboot by {@code rebootdevice}, restart by {@code
 * resetminer}, each in a session; pools are replaced by {@link LuxosPools} while a session of its
 * own is held. Identify it before the stock Antminer driver: its version reply names the Antminer
 * model too.
 */
public final class LuxosDriver implements MinerDriver {
  public static final String FIRMWARE = "luxos";

  @Override
  public String firmware() {
    return FIRMWARE;
  }

  /** LuxOS signs its replies {@code "Description":"LUXminer 2025.4.8..."}. */
  @Override
  public boolean recognizes(Fingerprint fingerprint) {
    return fingerprint.versionText().contains("luxminer");
  }

  @Override
  public PollResult poll(MinerTarget target) {
    return PollGuard.run(
        target, () -> LuxosReading.from(target.cgminer().commands(LuxosReading.COMMANDS)));
  }

  @Override
  public ActionResult perform(MinerTarget target, MinerAction action) {
    if (action instanceof MinerAction.SetPools setPools) {
      return LuxosPools.set(target.cgminer(), setPools.pools());
    }
    if (action instanceof MinerAction.Sleep) {
      return LuxosSession.run(target.cgminer(), "curtail", "sleep", "sleep", true);
    }
    if (action instanceof MinerAction.Wake) {
      return LuxosSession.run(target.cgminer(), "curtail", "wakeup", "wake", true);
    }
    if (action instanceof MinerAction.RestartMining) {
      return LuxosSession.run(target.cgminer(), "resetminer", null, "restart", true);
    }
    if (action instanceof MinerAction.Reboot) {
      return LuxosSession.run(target.cgminer(), "rebootdevice", null, "reboot", false);
    }
    return new ActionResult.Unsupported("the LuxOS driver does not know " + action.name());
  }
}
