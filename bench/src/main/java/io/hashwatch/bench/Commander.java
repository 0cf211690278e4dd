package io.hashwatch.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The commander under test: one this run launches with {@code bin/commander}, the way an operator
 * starts it, and stops at the end; or one already running at a given URL.
 */
public final class Commander implements AutoCloseable {
  /**
   * Micro boots in 15 s on an idle machine of 2 cores, and took 86 s while builds ran beside it.
   */
  private static final Duration START_LIMIT = Duration.ofMinutes(5);

  private static final Duration STOP_LIMIT = Duration.ofSeconds(30);

  public final URI base;
  public final String adminPassword;
  private final Process process;
  private final Path dataDir;

  private Commander(URI base, String adminPassword, Process process, Path dataDir) {
    this.base = base;
    this.adminPassword = adminPassword;
    this.process = process;
    this.dataDir = dataDir;
  }

  public static Commander external(URI base, String adminPassword) {
    return new Commander(base, adminPassword, null, null);
  }

  /**
   * Launches {@code script} against {@code postgres}; {@link #awaitHealthy} then waits for it. The
   * caller owns the process from here on, so that an interrupted start-up stops it too.
   */
  public static Commander launch(
      Path script, Path workDir, Postgres postgres, String javaOptions, String adminPassword)
      throws IOException {
    return launch(script, workDir, postgres, javaOptions, adminPassword, Map.of());
  }

  /** As {@link #launch(Path, Path, Postgres, String, String)}, with more settings (HASHWATCH_*). */
  public static Commander launch(
      Path script,
      Path workDir,
      Postgres postgres,
      String javaOptions,
      String adminPassword,
      Map<String, String> settings)
      throws IOException {
    int port = freePort();
    Path dataDir = workDir.resolve("commander-data");
    Files.createDirectories(dataDir);
    ProcessBuilder builder =
        new ProcessBuilder("bash", script.toString())
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("commander.log").toFile());
    builder
        .environment()
        .putAll(
            Map.of(
                "HASHWATCH_PORT", String.valueOf(port),
                "HASHWATCH_DATA_DIR", dataDir.toString(),
                "HASHWATCH_DB_URL", postgres.commanderUrl(),
                "HASHWATCH_DB_USER", postgres.user(),
                "HASHWATCH_DB_PASSWORD", postgres.password(),
                "HASHWATCH_ADMIN_PASSWORD", adminPassword,
                "HASHWATCH_JAVA_OPTS", javaOptions,
                "HASHWATCH_DEMO", "false"));
    builder.environment().putAll(settings);
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    return new Commander(base, adminPassword, builder.start(), dataDir);
  }

  /** The commander's process id when this run launched it, else -1. */
  long pid() {
    return process == null ? -1 : process.pid();
  }

  /**
   * Starts a JFR recording (default settings: method samples every 20 ms, low overhead) in a
   * launched commander with {@code jcmd}, to run for {@code duration} and be written to {@code
   * file}; says why not when it cannot.
   */
  String startRecording(Path file, Duration duration) {
    if (process == null) {
      return "no recording: the commander was not launched by this run";
    }
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process start =
          new ProcessBuilder(
                  jcmd.toString(),
                  String.valueOf(process.pid()),
                  "JFR.start",
                  "name=ingest-bench",
                  "settings=default",
                  "duration=" + duration.toSeconds() + "s",
                  "filename=" + file.toAbsolutePath())
              .redirectErrorStream(true)
              .start();
      if (!start.waitFor(30, TimeUnit.SECONDS)) {
        start.destroyForcibly();
        return "no recording: jcmd did not answer within 30 s";
      }
      String said = new String(start.getInputStream().readAllBytes()).strip();
      return start.exitValue() == 0
          ? "recording the commander to " + file
          : "no recording: " + said;
    } catch (IOException e) {
      return "no recording: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "no recording: interrupted";
    }
  }

  /** Waits until GET /health answers 200; {@code log} is named when it does not. */
  public void awaitHealthy(Path log) throws IOException, InterruptedException {
    if (process == null) {
      return;
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health =
        HttpRequest.newBuilder(base.resolve("health")).timeout(Duration.ofSeconds(30)).build();
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the commander exited while starting; see " + log);
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      process.waitFor(500, TimeUnit.MILLISECONDS);
    }
    throw new IllegalStateException(
        "the commander was not healthy within " + START_LIMIT + "; see " + log);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Stops a launched commander (TERM, then KILL after 30 s) and removes Micro's unpacked copy. */
  @Override
  public void close() {
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    deleteTree(dataDir.resolve("runtime"));
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // Micro's unpacked copy only takes room; the run's figures stand without its removal.
    }
  }
}
