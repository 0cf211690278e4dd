package io.hashwatch.launch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The commander started the way an operator starts it: {@code bin/commander} from the launch
 * layout, in its own process, with settings in the environment.
 */
final class LaunchedCommander implements AutoCloseable {
  private static final Duration START_LIMIT = Duration.ofMinutes(3);
  private static final Duration STOP_LIMIT = Duration.ofSeconds(30);
  private static final int FIRST_PORT = 20_000;
  private static final int PORTS = 12_000;
  private static final Random RANDOM = new Random();
  private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

  private final Process process;
  private final Path log;
  final URI base;

  private LaunchedCommander(Process process, Path log, URI base) {
    this.process = process;
    this.log = log;
    this.base = base;
  }

  static LaunchedCommander start(Path workDir, Map<String, String> environment) throws IOException {
    return start(workDir, environment, freePort());
  }

  /**
   * Starts the commander on {@code port}, as a restart on the same address does; its log goes to a
   * new file each time.
   */
  static LaunchedCommander start(Path workDir, Map<String, String> environment, int port)
      throws IOException {
    Files.createDirectories(workDir);
    Path log = workDir.resolve("commander-" + Instant.now().toEpochMilli() + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                "bash",
                Path.of(System.getProperty("hashwatch.home"), "bin", "commander").toString())
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("HASHWATCH_DEMO", "false");
    builder.environment().putAll(environment);
    builder.environment().put("HASHWATCH_PORT", String.valueOf(port));
    builder
        .environment()
        .put("HASHWATCH_JAVA_OPTS", "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
    LaunchedCommander commander =
        new LaunchedCommander(builder.start(), log, URI.create("http://127.0.0.1:" + port + "/"));
    commander.awaitHealthy();
    return commander;
  }

  String log() throws IOException {
    return Files.readString(log);
  }

  private void awaitHealthy() throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health =
        HttpRequest.newBuilder(base.resolve("health")).timeout(Duration.ofSeconds(5)).build();
    Instant deadline = Instant.now().plus(START_LIMIT);
    String last = "no answer";
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the commander exited while starting:\n" + log());
      }
      try {
        HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          return;
        }
        last = "HTTP " + answer.statusCode() + ": " + answer.body();
      } catch (IOException e) {
        // not listening yet
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        process.waitFor(500, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    close();
    throw new IllegalStateException(
        "the commander was not healthy within "
            + START_LIMIT
            + " (its last answer: "
            + last
            + "):\n"
            + log());
  }

  /**
   * A free port below Linux's ephemeral range (32768 and up), and not handed out before in this
   * test run. A port the kernel picked for a listener would be in that range, where any outgoing
   * connection (a node's JDBC or Data Grid connection, a sentry's request) may take it as its local
   * port while a killed commander is down, and the restart on the same address then cannot bind.
   */
  static int freePort() throws IOException {
    for (int tries = 0; tries < 1_000; tries++) {
      int port = FIRST_PORT + RANDOM.nextInt(PORTS);
      if (GIVEN.add(port) && canBind(port)) {
        return port;
      }
    }
    throw new IOException("no free port from " + FIRST_PORT + " to " + (FIRST_PORT + PORTS - 1));
  }

  private static boolean canBind(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException taken) {
      return false;
    }
  }

  /** SIGKILL: the commander gets no chance to finish a request, commit or say goodbye. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
