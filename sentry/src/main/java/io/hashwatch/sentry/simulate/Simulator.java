package io.hashwatch.sentry.simulate;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A farm of simulated miners on consecutive loopback addresses, firmwares taken in turn from a mix.
 * Addresses already in use are skipped, so a second simulator or a real service on 4028 does not
 * stop it.
 */
public final class Simulator implements Closeable {
  public static final String DEFAULT_FIRST_ADDRESS = "127.0.1.1";
  public static final int MAX_MINERS = 60_000;

  private final SimulatorServer server;
  private final List<SimulatedMiner> miners;

  private Simulator(SimulatorServer server, List<SimulatedMiner> miners) {
    this.server = server;
    this.miners = List.copyOf(miners);
  }

  /**
   * Starts {@code count} miners from {@code firstAddress} on, each announced to {@code announce} as
   * {@code address:port firmware} once it listens.
   *
   * @param firmwares the firmware names to mix (stock, braiins, avalon, luxos, vnish, whatsminer);
   *     empty for all of them
   */
  public static Simulator start(
      int count, String firstAddress, int port, List<String> firmwares, Consumer<String> announce)
      throws IOException {
    if (count < 1 || count > MAX_MINERS) {
      throw new IllegalArgumentException("count must be 1 to " + MAX_MINERS);
    }
    List<SimulatedFirmware> mix = mix(firmwares);
    SimulatorServer server = new SimulatorServer();
    List<SimulatedMiner> miners = new ArrayList<>(count);
    long address = LoopbackAddresses.parse(firstAddress);
    while (miners.size() < count) {
      String text = LoopbackAddresses.text(address);
      SimulatedMiner miner =
          new SimulatedMiner(text, port, mix.get(miners.size() % mix.size()), miners.size());
      if (server.bind(miner)) {
        miners.add(miner);
        announce.accept(text + ":" + port + " " + miner.firmware().folder());
      }
      address = LoopbackAddresses.next(address);
    }
    server.start();
    return new Simulator(server, miners);
  }

  /** The {@code address:port} of each miner, in order. */
  public List<String> endpoints() {
    return miners.stream().map(SimulatedMiner::endpoint).toList();
  }

  /** The firmware name each miner plays, in the order of {@link #endpoints()}. */
  public List<String> firmwares() {
    return miners.stream().map(miner -> miner.firmware().folder()).toList();
  }

  /**
   * Makes the miner at {@code endpoint} ({@code address:port}) keep answering with every hashrate
   * 0, until it is restarted or rebooted through its API, or healed.
   */
  public void stall(String endpoint) {
    miner(endpoint).stall();
  }

  /** Makes the miner at {@code endpoint} stop answering: connections are refused until healed. */
  public void kill(String endpoint) {
    server.kill(miner(endpoint));
  }

  /** Ends a stall or a kill of the miner at {@code endpoint}. */
  public void heal(String endpoint) {
    SimulatedMiner miner = miner(endpoint);
    miner.heal();
    server.revive(miner);
  }

  /** Whether the miner at {@code endpoint} hashes nothing (stalled). */
  public boolean stalled(String endpoint) {
    return miner(endpoint).stalled();
  }

  private SimulatedMiner miner(String endpoint) {
    return miners.stream()
        .filter(miner -> miner.endpoint().equals(endpoint))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no simulated miner at " + endpoint));
  }

  private static List<SimulatedFirmware> mix(List<String> names) {
    if (names.isEmpty()) {
      return List.of(SimulatedFirmware.values());
    }
    List<SimulatedFirmware> mix = new ArrayList<>();
    for (String name : names) {
      try {
        mix.add(SimulatedFirmware.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "no simulated firmware named '"
                + name
                + "' (stock, braiins, avalon, luxos, vnish, whatsminer)");
      }
    }
    return mix;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
