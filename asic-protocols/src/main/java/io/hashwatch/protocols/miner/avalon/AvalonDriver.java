package io.hashwatch.protocols.miner.avalon;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.Fingerprint;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.miner.MinerDriver;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.miner.PollGuard;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.transport.DeviceException;
import java.time.Clock;

/**
 * Canaan Avalon miners: one joined {@code version+summary+pools+stats} request per poll, figures
 * from the summary and the MM strings of {@code stats}; actions through {@code ascset|0,...} and
 * cgminer's {@code restart}.
 */
public final class AvalonDriver implements MinerDriver {
  public static final String FIRMWARE = "avalon";

  /**
   * Soft off and on take the moment to act. asic-rs sends five seconds ahead, and the captured
   * replies ({@code success softoff:<time>}, When + 5) show the firmware taking it so.
   */
  private static final long SOFT_SWITCH_DELAY_S = 5;

  private final Clock clock;

  public AvalonDriver() {
    this(Clock.systemUTC());
  }

  AvalonDriver(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String firmware() {
    return FIRMWARE;
  }

  /**
   * The version reply names the product ({@code "PROD":"AvalonMiner 1246-83"}, "Avalon Q") or its
   * Canaan MM software ({@code "SWTYPE":"MM314"}); a stats reply carries MM ID strings.
   */
  @Override
  public boolean recognizes(Fingerprint fingerprint) {
    String version = fingerprint.versionText();
    return version.contains("avalon")
        || version.contains("\"swtype\":\"mm")
        || fingerprint.statsText().contains("\"mm id");
  }

  @Override
  public PollResult poll(MinerTarget target) {
    return PollGuard.run(
        target, () -> AvalonReading.from(target.cgminer().commands(AvalonReading.COMMANDS)));
  }

  @Override
  public ActionResult perform(MinerTarget target, MinerAction action) {
    CgminerClient client = target.cgminer();
    if (action instanceof MinerAction.SetPools setPools) {
      return AvalonPoolSetter.set(client, target.credentials(), setPools.pools());
    }
    if (action instanceof MinerAction.RestartMining) {
      return send(client, "{\"command\":\"restart\"}", "restart");
    }
    if (action instanceof MinerAction.Reboot) {
      return ascset(client, "reboot,0", "reboot");
    }
    long at = clock.instant().getEpochSecond() + SOFT_SWITCH_DELAY_S;
    if (action instanceof MinerAction.Sleep) {
      return ascset(client, "softoff,1:" + at, "sleep");
    }
    if (action instanceof MinerAction.Wake) {
      return ascset(client, "softon,1:" + at, "wake");
    }
    return new ActionResult.Unsupported("the Avalon driver does not know " + action.name());
  }

  /** Sends {@code ascset|0,<operation>} as text, as Canaan's own tools and Foreman do. */
  static ActionResult ascset(CgminerClient client, String operation, String what) {
    return send(client, "ascset|0," + operation, what);
  }

  private static ActionResult send(CgminerClient client, String request, String what) {
    try {
      return AscsetReply.parse(client.send(request)).result(what);
    } catch (DeviceException e) {
      return new ActionResult.Failed(what + ": " + e.getMessage());
    }
  }
}
