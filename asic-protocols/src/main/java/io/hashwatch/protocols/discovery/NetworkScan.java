package io.hashwatch.protocols.discovery;

import io.hashwatch.protocols.miner.DriverRegistry;
import io.hashwatch.protocols.miner.Identification;
import io.hashwatch.protocols.miner.MinerTarget;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Sweeps a range for miners: at most {@code concurrency} addresses at once, each given {@code
 * connectTimeout} to accept a TCP connection on the API port; those that do are identified. One
 * silent address never delays the others beyond its own timeout.
 */
public final class NetworkScan {

  /** How far a sweep has got. */
  public record Progress(int scanned, int total, int found) {}

  private final DriverRegistry registry;
  private final int port;
  private final int concurrency;
  private final Duration connectTimeout;

  public NetworkScan(DriverRegistry registry, int port, int concurrency, Duration connectTimeout) {
    if (concurrency < 1 || concurrency > 1024) {
      throw new IllegalArgumentException("concurrency must be 1 to 1024");
    }
    this.registry = registry;
    this.port = port;
    this.concurrency = concurrency;
    this.connectTimeout = connectTimeout;
  }

  /** Scans every address of {@code range}; {@code progress} hears of each one done. */
  public List<ScanHit> scan(Cidr range, Consumer<Progress> progress) throws InterruptedException {
    return scan(range.addresses(), progress);
  }

  /**
   * Scans {@code addresses} (IPv4, such as a range {@code 10.0.0.5-10.0.0.80} that is no CIDR
   * block); {@code progress} hears of each one done. The hits come in address order.
   */
  public List<ScanHit> scan(List<String> addresses, Consumer<Progress> progress)
      throws InterruptedException {
    if (addresses.isEmpty()) {
      return List.of();
    }
    AtomicInteger scanned = new AtomicInteger();
    AtomicInteger found = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(Math.min(concurrency, addresses.size()));
    try {
      List<Future<ScanHit>> results = new ArrayList<>(addresses.size());
      for (String address : addresses) {
        results.add(
            workers.submit(
                () -> {
                  ScanHit hit = probe(address);
                  int foundNow = hit == null ? found.get() : found.incrementAndGet();
                  progress.accept(
                      new Progress(scanned.incrementAndGet(), addresses.size(), foundNow));
                  return hit;
                }));
      }
      List<ScanHit> hits = new ArrayList<>();
      for (Future<ScanHit> result : results) {
        ScanHit hit = result.get();
        if (hit != null) {
          hits.add(hit);
        }
      }
      hits.sort(Comparator.comparingLong(hit -> Cidr.parse(hit.address()).base()));
      return hits;
    } catch (ExecutionException e) {
      throw new IllegalStateException("a scan worker failed", e.getCause());
    } finally {
      workers.shutdownNow();
    }
  }

  private ScanHit probe(String address) {
    if (!accepts(address)) {
      return null;
    }
    MinerTarget target =
        new MinerTarget(
            address,
            port,
            80,
            MinerTarget.Credentials.DEFAULT,
            connectTimeout,
            Duration.ofSeconds(5));
    Identification identification = registry.identify(target);
    if (identification instanceof Identification.Identified identified) {
      return new ScanHit(
          address,
          port,
          identified.driver().firmware(),
          summary(identified.fingerprint().versionText()));
    }
    return ScanHit.unrecognized(
        address, port, ((Identification.NotIdentified) identification).why());
  }

  private boolean accepts(String address) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), (int) connectTimeout.toMillis());
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String summary(String text) {
    String flat = text.strip();
    return flat.length() <= 120 ? flat : flat.substring(0, 120) + "...";
  }
}
