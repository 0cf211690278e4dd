/**
 * ASIC miners whatever their firmware: a {@link io.hashwatch.protocols.miner.MinerDriver} per
 * firmware family (one sub-package each), chosen by {@link
 * io.hashwatch.protocols.miner.DriverRegistry} from what the device says of itself. A poll never
 * throws: it gives a {@link io.hashwatch.protocols.reading.PollResult}; an action gives an {@link
 * io.hashwatch.protocols.miner.ActionResult}.
 */
package io.hashwatch.protocols.miner;
