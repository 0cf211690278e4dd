package io.hashwatch.sentry.cli;

import io.hashwatch.protocols.discovery.Cidr;
import io.hashwatch.protocols.discovery.NetworkScan;
import io.hashwatch.protocols.discovery.ScanHit;
import io.hashwatch.protocols.miner.StandardDrivers;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sentry scan CIDR}: lists the miners that answer in a range. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = "Finds the miners in an IPv4 range (at most a /16) and says what each runs.")
final class ScanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CIDR", description = "The range, such as 10.0.1.0/24.")
  String range;

  @Option(names = "--port", defaultValue = "4028", description = "The API port (default: 4028).")
  int port;

  @Option(
      names = "--concurrency",
      defaultValue = "128",
      description = "Addresses asked at once (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(
      names = "--timeout-ms",
      defaultValue = "800",
      description =
          "How long an address may take to accept a connection (default: ${DEFAULT-VALUE}).")
  long timeoutMs;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Cidr cidr;
    NetworkScan scan;
    try {
      cidr = Cidr.parse(range);
      scan =
          new NetworkScan(
              StandardDrivers.registry(), port, concurrency, Duration.ofMillis(timeoutMs));
    } catch (IllegalArgumentException e) {
      err.println("sentry scan: " + e.getMessage());
      return 2;
    }
    int total = cidr.addresses().size();
    int step = Math.max(1, total / 10);
    List<ScanHit> hits =
        scan.scan(
            cidr,
            progress -> {
              if (progress.scanned() % step == 0 || progress.scanned() == progress.total()) {
                err.printf(
                    "scanned %d of %d, %d found%n",
                    progress.scanned(), progress.total(), progress.found());
                err.flush();
              }
            });
    for (ScanHit hit : hits) {
      out.printf(
          "%s:%d\t%s\t%s%n",
          hit.address(), hit.port(), hit.identified() ? hit.firmware() : "unknown", hit.detail());
    }
    out.printf("%d of %d addresses answered on port %d%n", hits.size(), total, port);
    return 0;
  }
}
