package io.hashwatch.sentry.sweep;

import io.hashwatch.protocols.discovery.NetworkScan;
import io.hashwatch.protocols.discovery.ScanHit;
import io.hashwatch.protocols.miner.DriverRegistry;
import io.hashwatch.protocols.miner.MinerDriver;
import io.hashwatch.sentry.config.DiscoveryRange;
import io.hashwatch.sentry.config.MinerGroup;
import java.time.Duration;
import java.util.List;

/**
 * Searches the config's ranges for miners ({@link NetworkScan}: a short connect on the API port,
 * then identification) and adds each address that accepted to the watched devices, with its group's
 * credentials and, when identification found it, its driver. One that no driver recognizes (or that
 * accepts and then hangs) is watched too: its polls say what is wrong with it. A miner once found
 * stays watched: if it disappears its polls say so.
 */
public final class Discovery {
  private static final System.Logger LOG = System.getLogger(Discovery.class.getName());

  /** Most miners accept at once on a LAN; a silent address is not worth waiting for long. */
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);

  private final WatchedDevices devices;
  private final List<MinerGroup> groups;
  private final DriverRegistry registry;
  private final int concurrency;

  public Discovery(
      WatchedDevices devices, List<MinerGroup> groups, DriverRegistry registry, int concurrency) {
    this.devices = devices;
    this.groups = List.copyOf(groups);
    this.registry = registry;
    this.concurrency = Math.min(concurrency, 1024);
  }

  /** Searches every range once; returns how many miners were new. */
  public int run() throws InterruptedException {
    int added = 0;
    for (MinerGroup group : groups) {
      for (DiscoveryRange range : group.ranges()) {
        added += search(group, range);
      }
    }
    return added;
  }

  private int search(MinerGroup group, DiscoveryRange range) throws InterruptedException {
    long start = System.nanoTime();
    NetworkScan scan = new NetworkScan(registry, range.port(), concurrency, CONNECT_TIMEOUT);
    List<ScanHit> hits = scan.scan(range.addresses(), progress -> {});
    int added = 0;
    for (ScanHit hit : hits) {
      MinerDriver driver =
          hit.identified() ? registry.driverNamed(hit.firmware()).orElse(null) : null;
      if (devices.add(devices.target(group, hit.address(), hit.port()), driver)) {
        added++;
        LOG.log(
            System.Logger.Level.DEBUG,
            "discovery: new miner {0}:{1} ({2})",
            hit.address(),
            String.valueOf(hit.port()),
            hit.identified() ? hit.firmware() : hit.detail());
      }
    }
    LOG.log(
        System.Logger.Level.INFO,
        "discovery: {0}: {1} of {2} addresses answered in {3} ms, {4} new",
        range,
        hits.size(),
        range.size(),
        Duration.ofNanos(System.nanoTime() - start).toMillis(),
        added);
    return added;
  }
}
