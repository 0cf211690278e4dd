package io.hashwatch.launch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code java -jar sentry.jar ...} in its own process, as an operator or systemd starts it, with
 * its output in a log file the test can wait on.
 */
final class LaunchedSentry implements AutoCloseable {
  private static final Duration STOP_LIMIT = Duration.ofSeconds(30);

  private final Process process;
  private final Path log;

  private LaunchedSentry(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static LaunchedSentry start(Path log, String... arguments) throws IOException {
    List<String> command = new ArrayList<>();
    command.add("java");
    command.add("-Xmx256m");
    command.add("-XX:+UseSerialGC");
    command.add("-jar");
    command.add(System.getProperty("sentry.jar"));
    command.addAll(List.of(arguments));
    Files.createDirectories(log.getParent());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    return new LaunchedSentry(process, log);
  }

  /**
   * The lines written so far that {@code wanted} accepts, waiting until there are {@code count}.
   */
  List<String> awaitLines(Predicate<String> wanted, int count, Duration limit)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    while (true) {
      List<String> lines = Files.readAllLines(log).stream().filter(wanted).toList();
      if (lines.size() >= count) {
        return lines;
      }
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "expected "
                + count
                + " matching lines, saw "
                + lines.size()
                + (process.isAlive() ? "" : " (the process exited)")
                + ":\n"
                + log());
      }
      process.waitFor(200, TimeUnit.MILLISECONDS);
    }
  }

  /** Writes {@code line} to its standard input, as {@code sentry simulate} reads its faults. */
  void tell(String line) throws IOException {
    OutputStream in = process.getOutputStream();
    in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  String log() throws IOException {
    return Files.readString(log);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL: the process gets no chance to flush, sync or say goodbye. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS);
  }

  /** SIGTERM, then SIGKILL when it does not stop in time. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
      kill();
    }
  }
}
