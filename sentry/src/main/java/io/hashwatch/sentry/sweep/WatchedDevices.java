package io.hashwatch.sentry.sweep;

import io.hashwatch.protocols.miner.MinerDriver;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.relay.RelayRegistry;
import io.hashwatch.sentry.config.AsicConfig;
import io.hashwatch.sentry.config.MinerAddress;
import io.hashwatch.sentry.config.MinerGroup;
import io.hashwatch.sentry.config.RelayConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The devices one ASIC sentry watches: the miners of its config and those discovery found since
 * (each with its group's credentials and the poll timeout), and its relays with the miners each
 * powers. Safe for use by several threads; miners are only ever added.
 */
public final class WatchedDevices {
  /** The connect part of a poll; the rest of the poll timeout is for the reply. */
  private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(3);

  private final Duration timeout;
  private final Map<String, WatchedMiner> miners = new LinkedHashMap<>();
  private final Map<String, WatchedRelay> relays = new LinkedHashMap<>();
  private final Map<String, WatchedRelay> powering = new LinkedHashMap<>();

  private WatchedDevices(Duration timeout) {
    this.timeout = timeout;
  }

  /** The miners and relays the config names; discovered miners are added later. */
  public static WatchedDevices of(AsicConfig config) {
    WatchedDevices devices = new WatchedDevices(config.timeout());
    for (MinerGroup group : config.groups()) {
      for (MinerAddress miner : group.miners()) {
        devices.add(devices.target(group, miner.host(), miner.port()), null);
      }
    }
    for (RelayConfig relay : config.relays()) {
      WatchedRelay watched =
          new WatchedRelay(relay.address(), RelayRegistry.driverFor(relay.target()));
      devices.relays.put(relay.address(), watched);
      relay.powers().forEach(miner -> devices.powering.put(miner, watched));
    }
    return devices;
  }

  /** How the sentry talks to a miner of {@code group}: its credentials and the poll timeout. */
  public MinerTarget target(MinerGroup group, String host, int port) {
    Duration connect = timeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? timeout : MAX_CONNECT_TIMEOUT;
    return new MinerTarget(host, port, group.webPort(), group.credentials(), connect, timeout);
  }

  /**
   * Adds a miner unless one of its address is watched already.
   *
   * @param driver its driver when known (discovery identified it), else {@code null}
   * @return whether it was new
   */
  public synchronized boolean add(MinerTarget target, MinerDriver driver) {
    return miners.putIfAbsent(target.address(), new WatchedMiner(target, driver)) == null;
  }

  /** The miners, in the order they were added. */
  public synchronized List<WatchedMiner> miners() {
    return List.copyOf(miners.values());
  }

  public synchronized Optional<WatchedMiner> miner(String address) {
    return Optional.ofNullable(miners.get(address));
  }

  public List<WatchedRelay> relays() {
    return List.copyOf(relays.values());
  }

  /** The relay reported under {@code address} ({@link RelayConfig#address()}). */
  public Optional<WatchedRelay> relay(String address) {
    return Optional.ofNullable(relays.get(address));
  }

  /** The relay that powers the miner at {@code minerAddress}, per the config. */
  public Optional<WatchedRelay> relayPowering(String minerAddress) {
    return Optional.ofNullable(powering.get(minerAddress));
  }
}
