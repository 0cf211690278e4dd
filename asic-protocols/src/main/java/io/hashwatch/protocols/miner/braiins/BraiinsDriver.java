package io.hashwatch.protocols.miner.braiins;

import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.Fingerprint;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.miner.MinerDriver;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.miner.PollGuard;
import io.hashwatch.protocols.model.ModelCatalog;
import io.hashwatch.protocols.reading.PollResult;
import java.util.List;

/**
 * Braiins OS and Braiins OS+ on Antminers. Recognized by the program its version reply names:
 * {@code BOSminer} / {@code BOSminer+} (2020-2022), {@code BOSer} (22.08 and later), or the Braiins
 * build of bmminer that the first Braiins OS ran in 2018 ({@code bOS_am1-s9-...}, type {@code
 * braiins-am1-s9}): that one is Braiins OS too, whose web is LuCI and not the Antminer CGI, so the
 * stock Antminer driver could neither label it nor act on it.
 */
public final class BraiinsDriver implements MinerDriver {
  public static final String FIRMWARE = "braiins";

  private static final List<String> MARKS = List.of("bosminer", "boser", "braiins", "bos_am");

  @Override
  public String firmware() {
    return FIRMWARE;
  }

  @Override
  public boolean recognizes(Fingerprint fingerprint) {
    String text = fingerprint.versionText();
    return MARKS.stream().anyMatch(text::contains);
  }

  @Override
  public PollResult poll(MinerTarget target) {
    return PollGuard.run(
        target,
        () ->
            BosminerReading.read(
                target.cgminer().commands(BosminerReading.COMMANDS),
                ModelCatalog.standard()::find));
  }

  @Override
  public ActionResult perform(MinerTarget target, MinerAction action) {
    return BraiinsActions.perform(target, action);
  }
}
