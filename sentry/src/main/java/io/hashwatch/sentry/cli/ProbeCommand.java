package io.hashwatch.sentry.cli;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.miner.DriverRegistry;
import io.hashwatch.protocols.miner.Identification;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.miner.StandardDrivers;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.ReadingJson;
import io.hashwatch.sentry.programs.ProgramAdapter;
import io.hashwatch.sentry.programs.ProgramAdapters;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sentry probe HOST[:PORT]}: one miner's normalized reading; {@code sentry probe --program
 * NAME URL}: one miner program's.
 */
@Command(
    name = "probe",
    mixinStandardHelpOptions = true,
    description =
        "Identifies one miner and prints its normalized reading (docs/READING.md); with --program,"
            + " reads one miner program's API at URL instead. Exits 0 for a reading, 1 when the"
            + " miner is unreachable, refused or had no data, 2 for bad options.")
final class ProbeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "HOST[:PORT] | URL",
      description =
          "The miner (port default 4028), or with --program the program's API: http://HOST:PORT"
              + " or tcp://HOST:PORT.")
  String endpoint;

  @Option(
      names = "--program",
      paramLabel = "NAME",
      description =
          "The miner program at URL: xmrig, t-rex, lolminer, gminer, nbminer, teamredminer,"
              + " srbminer, ccminer, cpuminer-opt or monerod.")
  String program;

  @Option(names = "--token", description = "With --program: the API's access token.")
  String token;

  @Option(names = "--json", description = "Print the reading as JSON.")
  boolean json;

  @Option(names = "--user", description = "Web or API user, when not the firmware's default.")
  String user;

  @Option(
      names = "--password",
      description = "Web or API password, when not the firmware's default.",
      interactive = false)
  String password;

  @Option(
      names = "--timeout-ms",
      defaultValue = "10000",
      description = "How long the miner may take to answer (default: ${DEFAULT-VALUE}).")
  long timeoutMs;

  private final DriverRegistry registry;
  private final ProgramAdapters programs;

  ProbeCommand(DriverRegistry registry, ProgramAdapters programs) {
    this.registry = registry;
    this.programs = programs;
  }

  ProbeCommand() {
    this(StandardDrivers.registry(), ProgramAdapters.standard());
  }

  @Override
  public Integer call() {
    if (program != null) {
      return probeProgram();
    }
    MinerTarget target;
    try {
      target = target();
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("sentry probe: " + e.getMessage());
      return 2;
    }
    PollResult result;
    String firmware = null;
    Identification identification = registry.identify(target);
    if (identification instanceof Identification.Identified identified) {
      firmware = identified.driver().firmware();
      result = identified.driver().poll(target);
    } else {
      result = ((Identification.NotIdentified) identification).why();
    }
    return print(target.address(), firmware, result);
  }

  private int probeProgram() {
    ProgramAdapter adapter = programs.byType(program).orElse(null);
    if (adapter == null) {
      spec.commandLine()
          .getErr()
          .println("sentry probe: no miner program " + program + "; known: " + programs.types());
      return 2;
    }
    ProgramEndpoint target;
    try {
      if (timeoutMs < 100) {
        throw new IllegalArgumentException("--timeout-ms must be at least 100");
      }
      target = new ProgramEndpoint(adapter.type(), programUrl(), token, Map.of());
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("sentry probe: " + e.getMessage());
      return 2;
    }
    PollResult result = adapter.poll(target, Duration.ofMillis(timeoutMs));
    return print(endpoint, adapter.type(), result);
  }

  private URI programUrl() {
    String wanted =
        "give the program's API as http://HOST:PORT or tcp://HOST:PORT, not " + endpoint;
    try {
      URI url = new URI(endpoint);
      if (!"http".equals(url.getScheme()) && !"tcp".equals(url.getScheme())) {
        throw new IllegalArgumentException(wanted);
      }
      return url;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(wanted, e);
    }
  }

  private int print(String address, String firmware, PollResult result) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(pretty(result));
    } else {
      out.print(ReadingText.of(address, firmware, result));
    }
    out.flush();
    return result instanceof Reading ? 0 : 1;
  }

  private MinerTarget target() {
    String host = endpoint;
    int port = 4028;
    int colon = endpoint.lastIndexOf(':');
    if (colon > 0) {
      host = endpoint.substring(0, colon);
      try {
        port = Integer.parseInt(endpoint.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a port: " + endpoint.substring(colon + 1));
      }
    }
    if (timeoutMs < 100) {
      throw new IllegalArgumentException("--timeout-ms must be at least 100");
    }
    return new MinerTarget(
        host,
        port,
        80,
        new MinerTarget.Credentials(user, password),
        Duration.ofMillis(Math.min(timeoutMs, 5000)),
        Duration.ofMillis(timeoutMs));
  }

  private static String pretty(PollResult result) {
    StringWriter text = new StringWriter();
    try (JsonWriter writer =
        CachedJsonProvider.INSTANCE
            .createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createWriter(text)) {
      writer.writeObject(ReadingJson.toJson(result));
    }
    return text.toString().strip();
  }
}
