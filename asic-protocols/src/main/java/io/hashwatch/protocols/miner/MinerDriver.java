package io.hashwatch.protocols.miner;

import io.hashwatch.protocols.reading.PollResult;

/**
 * Speaks to the miners of one firmware family. Adding a firmware is a new package with its driver
 * and one line in {@link DriverRegistry}.
 */
public interface MinerDriver {

  /** The firmware family's wire name in readings: stock, whatsminer, avalon, braiins, vnish... */
  String firmware();

  /** Whether a miner that says {@code fingerprint} of itself runs this firmware. */
  boolean recognizes(Fingerprint fingerprint);

  /** Polls the miner once. Never throws: an unreachable or broken miner is a result too. */
  PollResult poll(MinerTarget target);

  /** Asks the miner to do {@code action}; a firmware that cannot says so as a result. */
  ActionResult perform(MinerTarget target, MinerAction action);
}
