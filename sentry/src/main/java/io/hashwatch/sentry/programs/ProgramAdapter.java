package io.hashwatch.sentry.programs;

import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.reading.PollResult;
import java.time.Duration;
import java.util.List;

/**
 * The API of one miner program (xmrig, T-Rex, monerod...): one implementation per program, each in
 * its own package with its fixtures.
 *
 * <p>A poll gives a {@link io.hashwatch.protocols.reading.Reading} whose {@code firmware} is {@link
 * #type()}, with the program's version, algorithm, total and average hashrate, shares, pool and
 * uptime, and one board per device the program mines on; a GPU's board carries its PCI address
 * ({@link io.hashwatch.sentry.gpus.PciBus#normalize}) so the rig joins it to the GPU's telemetry.
 * Otherwise the poll says why not: unreachable (nothing answers), rejected (the API refused, such
 * as a wrong access token) or no-data (an answer that is not this program's).
 */
public interface ProgramAdapter {

  /** The program's name as {@code type =} in the config and {@code probe --program} take it. */
  String type();

  /**
   * The ports this program's API listens on by default, or by the convention of the mining
   * distributions where it has no default; discovery looks for it there on loopback.
   */
  List<Integer> defaultPorts();

  /**
   * How the API is reached: {@code http} for HTTP APIs, {@code tcp} for plain-socket ones;
   * discovery writes a found program's url with it.
   */
  default String scheme() {
    return "http";
  }

  /** Polls the program once; never throws for anything the program or the network does. */
  PollResult poll(ProgramEndpoint endpoint, Duration timeout);

  /** Stops mining through the program's own API, where it has one. */
  default ActionResult stopMining(ProgramEndpoint endpoint, Duration timeout) {
    return new ActionResult.Unsupported(type() + "'s API cannot stop mining");
  }

  /** Starts mining again through the program's own API, where it has one. */
  default ActionResult startMining(ProgramEndpoint endpoint, Duration timeout) {
    return new ActionResult.Unsupported(type() + "'s API cannot start mining");
  }
}
