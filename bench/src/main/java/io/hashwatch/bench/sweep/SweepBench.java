package io.hashwatch.bench.sweep;

import io.hashwatch.protocols.miner.DriverRegistry;
import io.hashwatch.protocols.miner.Identification;
import io.hashwatch.protocols.miner.MinerDriver;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.miner.StandardDrivers;
import io.hashwatch.sentry.simulate.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The command line: starts the simulated farm, identifies it, runs the sweeps, reports. */
@Command(
    name = "sweep-bench",
    mixinStandardHelpOptions = true,
    description =
        "Measures sweeps of simulated miners by the drivers against a raw TCP request loop over"
            + " the same miners, in one JVM (simulator included).")
public final class SweepBench implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-n", "--miners"},
      defaultValue = "1000",
      description = "simulated miners (${DEFAULT-VALUE})")
  int miners;

  @Option(
      names = {"-c", "--concurrency"},
      split = ",",
      defaultValue = "256",
      description = "worker threads per sweep, one trial each (${DEFAULT-VALUE})")
  List<Integer> concurrency;

  @Option(
      names = {"-r", "--repeats"},
      defaultValue = "5",
      description = "measured sweeps of each kind per trial (${DEFAULT-VALUE})")
  int repeats;

  @Option(
      names = "--warm-up",
      defaultValue = "2",
      description = "unmeasured sweeps of each kind first (${DEFAULT-VALUE})")
  int warmUps;

  @Option(
      names = "--firmware",
      split = ",",
      description = "simulated firmwares to mix (default: all the simulator plays)")
  List<String> firmwares = List.of();

  @Option(
      names = "--from",
      defaultValue = Simulator.DEFAULT_FIRST_ADDRESS,
      description = "(${DEFAULT-VALUE})")
  String from;

  @Option(names = "--port", defaultValue = "4028", description = "(${DEFAULT-VALUE})")
  int port;

  @Option(names = "--connect-timeout-ms", defaultValue = "3000", description = "(${DEFAULT-VALUE})")
  int connectMillis;

  @Option(names = "--reply-timeout-ms", defaultValue = "10000", description = "(${DEFAULT-VALUE})")
  int replyMillis;

  @Option(
      names = "--linger-zero",
      description = "close the raw loop's connections with a reset (SO_LINGER 0)")
  boolean lingerZero;

  private final DriverRegistry registry;

  public SweepBench(DriverRegistry registry) {
    this.registry = registry;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new SweepBench(StandardDrivers.registry())).execute(args));
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (registry.drivers().isEmpty()) {
      spec.commandLine()
          .getErr()
          .println("sweep-bench: the driver registry lists no drivers, so nothing can be polled");
      return 2;
    }
    try (Simulator simulator = Simulator.start(miners, from, port, firmwares, line -> {})) {
      header(out, simulator);
      Farm farm = identify(simulator, out);
      Trial trial = new Trial(farm, new RawRequest(connectMillis, replyMillis, lingerZero), out);
      List<Trial.Result> results = new ArrayList<>();
      for (int threads : concurrency) {
        results.add(trial.run(threads, repeats, warmUps));
      }
      SweepSummary.print(out, results);
    }
    out.flush();
    return 0;
  }

  private void header(PrintWriter out, Simulator simulator) {
    out.printf(
        Locale.ROOT,
        "sweep-bench %s: %d miners (%s) from %s port %d, drivers %s%n",
        OffsetDateTime.now().withNano(0),
        simulator.endpoints().size(),
        firmwares.isEmpty() ? "all firmwares" : String.join(",", firmwares),
        from,
        port,
        registry.drivers().stream().map(MinerDriver::firmware).toList());
    out.printf(
        Locale.ROOT,
        "cores %d, max heap %d MB, JVM %s; simulator and sweeps share this JVM; load %s%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        ManagementFactory.getRuntimeMXBean().getVmVersion(),
        ProcessMeter.loadAverage());
    out.flush();
  }

  /** Identifies every miner once, timed on its own, so the sweeps only poll. */
  private Farm identify(Simulator simulator, PrintWriter out) throws InterruptedException {
    List<MinerTarget> targets = new ArrayList<>();
    List<InetSocketAddress> addresses = new ArrayList<>();
    for (String endpoint : simulator.endpoints()) {
      int colon = endpoint.lastIndexOf(':');
      String host = endpoint.substring(0, colon);
      int apiPort = Integer.parseInt(endpoint.substring(colon + 1));
      targets.add(
          new MinerTarget(
              host,
              apiPort,
              80,
              MinerTarget.Credentials.DEFAULT,
              Duration.ofMillis(connectMillis),
              Duration.ofMillis(replyMillis)));
      addresses.add(new InetSocketAddress(host, apiPort));
    }
    List<Farm.Polled> polled = new ArrayList<>();
    ReasonTally unidentified = new ReasonTally();
    try (ParallelSweep sweep = new ParallelSweep(concurrency.get(0))) {
      ParallelSweep.Pass<Identification> pass = sweep.run(targets, registry::identify);
      for (int i = 0; i < targets.size(); i++) {
        Identification identification = pass.results().get(i);
        if (identification instanceof Identification.Identified identified) {
          polled.add(new Farm.Polled(targets.get(i), identified.driver()));
        } else {
          unidentified.add(((Identification.NotIdentified) identification).why());
        }
      }
      out.printf(
          Locale.ROOT,
          "identified %d of %d miners in %.3f s (C=%d); load %s%n",
          polled.size(),
          targets.size(),
          pass.nanos() / 1e9,
          sweep.concurrency(),
          ProcessMeter.loadAverage());
    }
    unidentified
        .byCount()
        .forEach((why, count) -> out.println("  not identified x" + count + ": " + why));
    out.flush();
    return new Farm(addresses, polled);
  }
}
