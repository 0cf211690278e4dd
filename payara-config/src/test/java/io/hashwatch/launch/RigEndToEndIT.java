package io.hashwatch.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A rig that mines with a CPU program and a GPU program at once reports the machine and both
 * programs to a launched commander; the CPU program is a real miner, Debian's monerod mining
 * offline on regtest, and the operator stops and starts its mining with commands through the
 * commander. The GPU program is T-Rex's recorded API reply served on loopback: no GPU here.
 */
class RigEndToEndIT {
  /** Any valid mainnet address mines on regtest: this is Monero's public general-fund address. */
  private static final String MINER_ADDRESS =
      "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A";

  private static final String RIG = "rig-e2e";

  private final CommanderApi api = new CommanderApi();

  @Test
  void aRigReportsItsCpuAndGpuProgramsAndACommandStopsTheRealMiner() throws Exception {
    Path work = CommanderApi.workDir("rig");
    try (Monerod monerod = Monerod.start(work.resolve("monerod"));
        TrexStandIn trex = new TrexStandIn();
        LaunchedCommander commander =
            LaunchedCommander.start(work, CommanderApi.environment(work))) {
      JsonObject registered = api.registerSentry(commander, RIG);
      Path config = work.resolve("rig-sentry.conf");
      Files.writeString(config, rigConfig(commander, registered, work, monerod.rpcPort, trex));
      try (LaunchedSentry sentry =
          LaunchedSentry.start(work.resolve("rig-sentry.log"), "rig", "--config", "" + config)) {
        JsonObject rig = awaitReading(commander, RIG);
        assertThat(rig.getString("kind")).isEqualTo("rig");
        JsonObject host = rig.getJsonObject("reading").getJsonObject("host");
        assertThat(host.getInt("cpuThreads")).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(host.getJsonNumber("memoryTotalBytes").longValue()).isPositive();

        JsonObject gpuProgram = awaitReading(commander, RIG + "/trex");
        assertThat(gpuProgram.getString("kind")).isEqualTo("program");
        JsonObject trexReading = gpuProgram.getJsonObject("reading");
        assertThat(trexReading.getString("firmware")).isEqualTo("t-rex");
        assertThat(trexReading.getJsonNumber("hashrateHs").doubleValue()).isEqualTo(7748158.0);

        JsonObject cpuProgram = awaitReading(commander, RIG + "/monero");
        assertThat(cpuProgram.getString("kind")).isEqualTo("program");
        assertThat(cpuProgram.getJsonObject("reading").getString("firmware")).isEqualTo("monerod");
        long monero = cpuProgram.getJsonNumber("id").longValue();

        assertThat(command(commander, monero, "wake")).isEqualTo("succeeded");
        await("monerod's hashrate above 0, as the rig sentry reports it")
            .atMost(Duration.ofMinutes(5))
            .pollInterval(Duration.ofSeconds(3))
            .until(() -> hashrate(commander, monero), rate -> rate > 0);
        assertThat(monerod.miningStatus()).contains("\"active\": true");

        assertThat(command(commander, monero, "sleep")).isEqualTo("succeeded");
        assertThat(monerod.miningStatus()).contains("\"active\": false");
        await("the rig sentry reports monerod stopped")
            .atMost(Duration.ofMinutes(1))
            .pollInterval(Duration.ofSeconds(2))
            .until(() -> hashrate(commander, monero), rate -> rate == 0);
        assertThat(sentry.isAlive()).isTrue();
      }
    }
  }

  private static String rigConfig(
      LaunchedCommander commander,
      JsonObject sentry,
      Path work,
      int monerodPort,
      TrexStandIn trex) {
    return """
        # The rig sentry of the end-to-end test
        id = %d
        commander = %s
        token = %s
        name = %s
        interval = 2s
        outbox = %s
        gpus = none
        discover = off

        [program monero]
        type = monerod
        url = http://127.0.0.1:%d
        miner-address = %s
        threads = 1

        [program trex]
        type = t-rex
        url = http://127.0.0.1:%d
        """
        .formatted(
            sentry.getJsonNumber("id").longValue(),
            commander.base,
            sentry.getString("token"),
            RIG,
            work.resolve("rig-outbox"),
            monerodPort,
            MINER_ADDRESS,
            trex.port());
  }

  /** Sends {@code action} to the device and waits for its outcome. */
  private String command(LaunchedCommander commander, long deviceId, String action)
      throws Exception {
    JsonObject created =
        CommanderApi.json(
                api.send(
                    api.post(
                        commander,
                        "api/v1/commands",
                        "{\"deviceId\":" + deviceId + ",\"action\":\"" + action + "\"}"),
                    201))
            .asJsonObject();
    long id = created.getJsonNumber("id").longValue();
    JsonObject done =
        await(action + "'s result")
            .atMost(Duration.ofMinutes(1))
            .pollInterval(Duration.ofSeconds(1))
            .until(
                () -> get(commander, "api/v1/commands/" + id),
                command -> !command.getString("status").matches("queued|sent"));
    assertThat(done.getString("detail")).as(done.toString()).isNotBlank();
    return done.getString("status");
  }

  private double hashrate(LaunchedCommander commander, long deviceId) throws Exception {
    JsonObject reading = get(commander, "api/v1/devices/" + deviceId).getJsonObject("reading");
    return reading.containsKey("hashrateHs")
        ? reading.getJsonNumber("hashrateHs").doubleValue()
        : -1;
  }

  /** The device at {@code address} once it has a reading: its summary with the reading. */
  private JsonObject awaitReading(LaunchedCommander commander, String address) {
    return await(address + "'s first reading")
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> deviceWithReading(commander, address), Optional::isPresent)
        .orElseThrow();
  }

  private Optional<JsonObject> deviceWithReading(LaunchedCommander commander, String address)
      throws Exception {
    JsonArray devices =
        CommanderApi.json(api.send(api.get(commander, "api/v1/devices"), 200)).asJsonArray();
    for (JsonObject device : devices.getValuesAs(JsonObject.class)) {
      if (device.getString("address").equals(address)) {
        JsonObject full = get(commander, "api/v1/devices/" + device.getJsonNumber("id"));
        return full.containsKey("reading")
                && full.getJsonObject("reading").getString("result").equals("reading")
            ? Optional.of(full)
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private JsonObject get(LaunchedCommander commander, String path) throws Exception {
    return CommanderApi.json(api.send(api.get(commander, path), 200)).asJsonObject();
  }

  /** Debian's monerod, mining nothing until told, on regtest without a network. */
  private static final class Monerod implements AutoCloseable {
    private final Process process;
    private final int rpcPort;
    private final HttpClient http = HttpClient.newHttpClient();

    private Monerod(Process process, int rpcPort) {
      this.process = process;
      this.rpcPort = rpcPort;
    }

    static Monerod start(Path dir) throws Exception {
      assertThat(onPath("monerod"))
          .as(
              "monerod, the real miner of this test: install Debian's monero package (.ci/run does)")
          .isTrue();
      Files.createDirectories(dir);
      int rpcPort = freePort();
      int p2pPort = freePort();
      Process process =
          new ProcessBuilder(
                  "monerod",
                  "--regtest",
                  "--offline",
                  "--fixed-difficulty",
                  "1000",
                  "--data-dir",
                  dir.toString(),
                  "--rpc-bind-ip",
                  "127.0.0.1",
                  "--rpc-bind-port",
                  "" + rpcPort,
                  "--p2p-bind-ip",
                  "127.0.0.1",
                  "--p2p-bind-port",
                  "" + p2pPort,
                  "--no-igd",
                  "--no-zmq",
                  "--non-interactive",
                  "--disable-dns-checkpoints",
                  "--log-level",
                  "0",
                  "--max-concurrency",
                  "1")
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("monerod.out").toFile())
              .start();
      Monerod monerod = new Monerod(process, rpcPort);
      await("monerod's RPC")
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofMillis(500))
          .ignoreExceptions()
          .until(() -> monerod.miningStatus().contains("\"status\": \"OK\""));
      return monerod;
    }

    String miningStatus() throws Exception {
      return http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + rpcPort + "/mining_status"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    }

    @Override
    public void close() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    }

    private static boolean onPath(String name) {
      return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
          .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, name)));
    }
  }

  /** T-Rex's API as recorded from a real T-Rex 0.9.1, served on loopback. */
  private static final class TrexStandIn implements AutoCloseable {
    private final HttpServer server;

    TrexStandIn() throws IOException {
      byte[] summary;
      try (InputStream in =
          RigEndToEndIT.class.getResourceAsStream("/fixtures/trex/0.9.1_api3.0.summary.json")) {
        summary = in.readAllBytes();
      }
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(
          "/summary",
          exchange -> {
            exchange.getResponseHeaders().put("Content-Type", List.of("application/json"));
            exchange.sendResponseHeaders(200, summary.length);
            exchange.getResponseBody().write(summary);
            exchange.close();
          });
      server.start();
    }

    int port() {
      return server.getAddress().getPort();
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
