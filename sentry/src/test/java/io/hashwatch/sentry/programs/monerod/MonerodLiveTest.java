package io.hashwatch.sentry.programs.monerod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adapter against a real miner: Debian's monerod on regtest, offline, on loopback, one daemon
 * for the class (it takes some 2.4 GB and a minute of RandomX set-up before it hashes; recipe in
 * the shared fixtures' monerod/README.md).
 */
class MonerodLiveTest {
  /** The public Monero general-fund address: any valid mainnet address mines on regtest. */
  private static final String ADDRESS =
      "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A";

  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final Duration RANDOMX_SET_UP = Duration.ofMinutes(5);

  @TempDir static Path dir;
  private static Process monerod;
  private static ProgramEndpoint endpoint;
  private final MonerodAdapter adapter = new MonerodAdapter();

  @BeforeAll
  static void startMonerod() throws Exception {
    Path binary =
        onPath("monerod")
            .orElseGet(
                () ->
                    fail(
                        "monerod is not installed: install Debian's monero package"
                            + " (apt-get install monero; CI's .ci/run does)"));
    int rpc = freePort();
    int p2p = freePort();
    Path data = Files.createDirectories(dir.resolve("data"));
    monerod =
        new ProcessBuilder(
                binary.toString(),
                "--regtest",
                "--offline",
                "--fixed-difficulty",
                "1000",
                "--data-dir",
                data.toString(),
                "--rpc-bind-ip",
                "127.0.0.1",
                "--rpc-bind-port",
                String.valueOf(rpc),
                "--p2p-bind-ip",
                "127.0.0.1",
                "--p2p-bind-port",
                String.valueOf(p2p),
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
    endpoint =
        new ProgramEndpoint(
            "cpu",
            URI.create("http://127.0.0.1:" + rpc),
            null,
            Map.of("miner-address", ADDRESS, "threads", "1"));
    MonerodAdapter adapter = new MonerodAdapter();
    Patience.until(
        "monerod's RPC answering",
        Duration.ofSeconds(60),
        Duration.ofMillis(500),
        () -> monerod.isAlive() ? adapter.poll(endpoint, TIMEOUT) : fail(output()),
        result -> result instanceof Reading);
  }

  @AfterAll
  static void stopMonerod() throws Exception {
    if (monerod == null) {
      return;
    }
    monerod.destroy();
    if (!monerod.waitFor(30, TimeUnit.SECONDS)) {
      monerod.destroyForcibly();
      monerod.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void startsSeesTheHashrateRiseAndStopsTheMiner() throws Exception {
    ActionResult started = adapter.startMining(endpoint, TIMEOUT);
    assertThat(started).isInstanceOf(ActionResult.Done.class);

    Reading mining =
        (Reading)
            Patience.until(
                "monerod hashing (RandomX set-up takes a minute or more)",
                RANDOMX_SET_UP,
                Duration.ofSeconds(2),
                () -> adapter.poll(endpoint, TIMEOUT),
                MonerodLiveTest::hashing);
    assertThat(mining.firmware()).isEqualTo("monerod");
    assertThat(mining.firmwareVersion()).isNotBlank();
    assertThat(mining.algorithm()).isEqualTo("RandomX");
    assertThat(mining.uptimeS()).isNotNull();
    assertThat(mining.pools())
        .singleElement()
        .satisfies(
            pool -> {
              assertThat(pool.user()).isEqualTo(ADDRESS);
              assertThat(pool.active()).isTrue();
            });

    ActionResult stopped = adapter.stopMining(endpoint, TIMEOUT);
    assertThat(stopped).isInstanceOf(ActionResult.Done.class);
    Reading idle = (Reading) adapter.poll(endpoint, TIMEOUT);
    assertThat(idle.hashrateHs()).isZero();
    assertThat(idle.pools()).as("no address once stopped").isEmpty();
  }

  @Test
  void quotesTheDaemonRefusingABadAddress() {
    ProgramEndpoint wrong =
        new ProgramEndpoint("cpu", endpoint.url(), null, Map.of("miner-address", "not-an-address"));

    ActionResult refused = adapter.startMining(wrong, TIMEOUT);

    assertThat(refused).isInstanceOf(ActionResult.Failed.class);
    assertThat(((ActionResult.Failed) refused).reason()).contains("'Failed, wrong address'");
  }

  private static boolean hashing(PollResult result) {
    return result instanceof Reading reading
        && reading.hashrateHs() != null
        && reading.hashrateHs() > 0;
  }

  private static Optional<Path> onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String folder : path.split(File.pathSeparator)) {
      Path candidate = Path.of(folder, program);
      if (!folder.isEmpty() && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static String output() {
    try {
      List<String> lines = Files.readAllLines(dir.resolve("monerod.out"));
      return "monerod ended: "
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "monerod ended (no output: " + e.getMessage() + ")";
    }
  }
}
