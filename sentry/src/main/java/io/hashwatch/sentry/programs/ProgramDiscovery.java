package io.hashwatch.sentry.programs;

import io.hashwatch.protocols.reading.Reading;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finds the miner programs of this rig that are not configured: each adapter is asked at each of
 * its ports on 127.0.0.1, and a program is found where its adapter's poll gives a {@link Reading}.
 * Another program on the port gives no reading, since each adapter checks the shape of what it
 * reads. The probes run in parallel on a few threads, each within a short timeout, and the whole
 * search ends by its own bound, so that a rig full of hung ports cannot hold the sentry.
 */
public final class ProgramDiscovery {
  public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);
  public static final Duration SEARCH_TIMEOUT = Duration.ofSeconds(5);
  private static final String LOOPBACK = "127.0.0.1";
  private static final int THREADS = 4;
  private static final System.Logger LOG = System.getLogger(ProgramDiscovery.class.getName());

  /** One place to look: {@code adapter}'s program on loopback port {@code port}. */
  public record Probe(ProgramAdapter adapter, int port) {
    public Probe {
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("a port is 1 to 65535, not " + port);
      }
    }
  }

  private final List<Probe> probes;
  private final Duration probeTimeout;
  private final Duration searchTimeout;

  public ProgramDiscovery(List<Probe> probes, Duration probeTimeout, Duration searchTimeout) {
    this.probes = List.copyOf(probes);
    this.probeTimeout = probeTimeout;
    this.searchTimeout = searchTimeout;
  }

  /** Every adapter of {@code adapters} at each of its default ports. */
  public static ProgramDiscovery atDefaultPorts(ProgramAdapters adapters) {
    List<Probe> probes = new ArrayList<>();
    for (ProgramAdapter adapter : adapters.all()) {
      for (int port : adapter.defaultPorts()) {
        probes.add(new Probe(adapter, port));
      }
    }
    return new ProgramDiscovery(probes, PROBE_TIMEOUT, SEARCH_TIMEOUT);
  }

  /** Where this discovery looks, in order. */
  public List<Probe> probes() {
    return probes;
  }

  /**
   * The programs found, in the order of the probes, named by their type, or {@code type-port} when
   * a type is found at several ports. Ports a configured program uses are not asked, and a port is
   * given to the first adapter that reads it.
   */
  public List<ProgramEndpoint> find(Collection<ProgramEndpoint> configured) {
    Set<Integer> taken = new HashSet<>();
    configured.forEach(endpoint -> taken.add(endpoint.port()));
    List<Probe> asked = probes.stream().filter(probe -> !taken.contains(probe.port())).toList();
    if (asked.isEmpty()) {
      return List.of();
    }
    List<Probe> answered = answered(asked);
    Set<Integer> claimed = new HashSet<>();
    List<Probe> found = new ArrayList<>();
    for (Probe probe : answered) {
      if (claimed.add(probe.port())) {
        found.add(probe);
      }
    }
    return named(found);
  }

  private List<Probe> answered(List<Probe> asked) {
    ExecutorService threads = Executors.newFixedThreadPool(THREADS, new Daemons());
    try {
      List<Callable<Boolean>> polls = new ArrayList<>();
      for (Probe probe : asked) {
        polls.add(
            () ->
                probe.adapter().poll(endpoint(probe, probe.adapter().type()), probeTimeout)
                    instanceof Reading);
      }
      List<Future<Boolean>> results =
          threads.invokeAll(polls, searchTimeout.toMillis(), TimeUnit.MILLISECONDS);
      List<Probe> answered = new ArrayList<>();
      for (int i = 0; i < asked.size(); i++) {
        if (readingOf(results.get(i), asked.get(i))) {
          answered.add(asked.get(i));
        }
      }
      return answered;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    } finally {
      threads.shutdownNow();
    }
  }

  private static boolean readingOf(Future<Boolean> result, Probe probe) {
    try {
      return result.get();
    } catch (CancellationException e) {
      LOG.log(System.Logger.Level.DEBUG, "no answer in time from port {0}", probe.port());
      return false;
    } catch (ExecutionException e) {
      // poll never throws; an adapter that does is a bug, not a program
      LOG.log(System.Logger.Level.WARNING, probe.adapter().type() + " threw", e.getCause());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static List<ProgramEndpoint> named(List<Probe> found) {
    Map<String, Integer> perType = new HashMap<>();
    found.forEach(probe -> perType.merge(probe.adapter().type(), 1, Integer::sum));
    List<ProgramEndpoint> endpoints = new ArrayList<>();
    for (Probe probe : found) {
      String type = probe.adapter().type();
      String name = perType.get(type) > 1 ? type + "-" + probe.port() : type;
      endpoints.add(endpoint(probe, name));
      LOG.log(System.Logger.Level.INFO, "found {0} on port {1}", type, probe.port());
    }
    return endpoints;
  }

  private static ProgramEndpoint endpoint(Probe probe, String name) {
    URI url = URI.create(probe.adapter().scheme() + "://" + LOOPBACK + ":" + probe.port());
    return new ProgramEndpoint(name, url, null, Map.of());
  }

  /** Probe threads never keep the sentry alive. */
  private static final class Daemons implements java.util.concurrent.ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable runnable) {
      Thread thread = new Thread(runnable, "program-discovery-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
