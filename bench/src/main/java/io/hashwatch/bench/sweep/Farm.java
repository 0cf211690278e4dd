package io.hashwatch.bench.sweep;

import io.hashwatch.protocols.miner.MinerDriver;
import io.hashwatch.protocols.miner.MinerTarget;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * The simulated miners as both sweeps see them.
 *
 * @param addresses every miner's API address, for the raw loop
 * @param polled the miners a driver recognized, with that driver, for the driver sweep
 */
record Farm(List<InetSocketAddress> addresses, List<Polled> polled) {

  /** One identified miner and the driver that speaks to it. */
  record Polled(MinerTarget target, MinerDriver driver) {}

  Farm {
    addresses = List.copyOf(addresses);
    polled = List.copyOf(polled);
  }
}
