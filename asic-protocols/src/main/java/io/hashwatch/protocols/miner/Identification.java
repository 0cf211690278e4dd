package io.hashwatch.protocols.miner;

import io.hashwatch.protocols.reading.PollResult;

/** What identifying a miner gave: the driver that speaks to it, or why none was found. */
public sealed interface Identification {

  /** The miner runs a firmware {@code driver} speaks. */
  record Identified(MinerDriver driver, Fingerprint fingerprint) implements Identification {}

  /** The miner could not be asked, or no driver recognizes it; {@code why} says which. */
  record NotIdentified(PollResult why) implements Identification {}
}
