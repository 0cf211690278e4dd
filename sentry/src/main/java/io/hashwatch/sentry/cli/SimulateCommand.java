package io.hashwatch.sentry.cli;

import io.hashwatch.sentry.simulate.FaultCommands;
import io.hashwatch.sentry.simulate.Simulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sentry simulate}: a farm of simulated miners on loopback addresses, until stopped. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description =
        "Serves simulated miners on loopback addresses (127.0.x.y:4028), answering with real"
            + " recorded replies of several firmwares, figures drifting. Runs until stopped."
            + " Reads faults on standard input, one a line: stall|kill|heal ADDR:PORT.")
final class SimulateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--count", required = true, description = "How many miners (1 to 60000).")
  int count;

  @Option(
      names = "--from",
      defaultValue = Simulator.DEFAULT_FIRST_ADDRESS,
      description = "The first address, in 127.0.0.0/8 (default: ${DEFAULT-VALUE}).")
  String from;

  @Option(names = "--port", defaultValue = "4028", description = "The API port (default: 4028).")
  int port;

  @Option(
      names = "--firmware",
      split = ",",
      description =
          "Firmwares to mix, in turn: stock, braiins, avalon, luxos, vnish, whatsminer (default: all).")
  List<String> firmwares = List.of();

  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Simulator simulator;
    try {
      simulator =
          Simulator.start(
              count,
              from,
              port,
              firmwares,
              line -> {
                out.println(line);
                out.flush();
              });
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("sentry simulate: " + e.getMessage());
      return 2;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stopped.countDown();
                  try {
                    simulator.close();
                  } catch (IOException e) {
                    // stopping anyway
                  }
                }));
    out.println("simulating " + count + " miners; stop with Ctrl-C");
    out.flush();
    Thread faults = new Thread(() -> readFaults(new FaultCommands(simulator), out), "faults");
    faults.setDaemon(true);
    faults.start();
    stopped.await();
    return 0;
  }

  /** Carries out the fault commands of standard input until it ends; then the miners just run. */
  private static void readFaults(FaultCommands commands, PrintWriter out) {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String reply = commands.apply(line);
        synchronized (out) {
          out.println(reply);
          out.flush();
        }
      }
    } catch (IOException e) {
      // no standard input to read: the simulator runs without faults
    }
  }
}
