package io.hashwatch.protocols.miner.vnish;

import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.Fingerprint;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.miner.MinerDriver;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.miner.PollGuard;
import io.hashwatch.protocols.model.ModelCatalog;
import io.hashwatch.protocols.reading.PollResult;

/**
 * VNish on Antminers. VNish answers {@code version} with "Invalid command", so it is recognized by
 * its {@code stats}, whose type names it ({@code "Antminer S21 Pro (Vnish 1.2.7)"}); a version
 * reply that names VNish (as some builds send) is recognized too. Antminer stock stats carry the
 * same layout without that mark, so stock is never claimed.
 */
public final class VnishDriver implements MinerDriver {
  public static final String FIRMWARE = "vnish";

  @Override
  public String firmware() {
    return FIRMWARE;
  }

  @Override
  public boolean recognizes(Fingerprint fingerprint) {
    return fingerprint.statsText().contains("vnish") || fingerprint.versionText().contains("vnish");
  }

  @Override
  public PollResult poll(MinerTarget target) {
    return PollGuard.run(
        target,
        () ->
            VnishReading.read(
                target.cgminer().commands(VnishReading.COMMANDS), ModelCatalog.standard()::find));
  }

  @Override
  public ActionResult perform(MinerTarget target, MinerAction action) {
    return VnishActions.perform(target, action);
  }
}
