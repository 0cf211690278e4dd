package io.hashwatch.sentry.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hashwatch.protocols.report.ReportEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox against other processes: the directory lock, SIGKILL, and a write cut short. */
class OutboxProcessTest {
  private static final Path BASH = Path.of("/bin/bash");

  @TempDir Path dir;

  private Process child;
  private BufferedReader output;

  @AfterEach
  void stopChild() throws InterruptedException {
    if (child != null && child.isAlive()) {
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  private void launch(String shellPrefix, String... args) throws IOException {
    List<String> java = new ArrayList<>();
    java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    java.addAll(
        List.of(
            "-XX:-UsePerfData",
            "-XX:TieredStopAtLevel=1",
            "-Xmx64m",
            "-cp",
            System.getProperty("java.class.path"),
            OutboxChild.class.getName()));
    java.addAll(List.of(args));
    List<String> command =
        new ArrayList<>(List.of(BASH.toString(), "-c", shellPrefix + "exec \"$@\"", "child"));
    command.addAll(java);
    child = new ProcessBuilder(command).redirectErrorStream(true).start();
    output =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
  }

  private String nextLine() throws Exception {
    try {
      String line = CompletableFuture.supplyAsync(this::readLine).get(60, TimeUnit.SECONDS);
      assertThat(line).as("the child ended early").isNotNull();
      return line;
    } catch (TimeoutException e) {
      throw new AssertionError("the child said nothing for 60 s", e);
    }
  }

  private String readLine() {
    try {
      String line;
      do {
        line = output.readLine();
      } while (line != null && !line.matches("(appended|stored|failure) .*"));
      return line;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anotherProcessIsLockedOutAndAKillLosesNothingAppended() throws Exception {
    assumeTrue(Files.isExecutable(BASH), "needs bash");
    launch("", "hold", dir.toString(), "50");

    assertThat(nextLine()).isEqualTo("appended 50");
    assertThatThrownBy(() -> Outbox.open(dir, OutboxSettings.defaults()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is open by process " + child.pid())
        .hasMessageContaining("one sentry per outbox directory");

    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);

    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      List<ReportEntry> entries = outbox.peek(100);
      assertThat(entries).as("BATCH without a sync: the kernel kept every write").hasSize(50);
      assertThat(entries).extracting(ReportEntry::seq).startsWith(1L).endsWith(50L).isSorted();
      assertThat(entries.get(49).result()).isEqualTo(TestEntries.result(49));
    }
  }

  @Test
  void aWriteCutShortByTheFileSizeLimitLeavesNoHalfRecord() throws Exception {
    assumeTrue(Files.isExecutable(BASH), "needs bash");
    // RLIMIT_FSIZE, in KiB: the write that crosses it is partial, the next fails with EFBIG.
    launch("ulimit -f 32 && ", "fill", dir.toString());

    assertThat(nextLine()).startsWith("failure ").contains("File too large");
    String stored = nextLine();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    int count = Integer.parseInt(stored.substring("stored ".length()));
    assertThat(count).isPositive();

    try (LogCapture log = new LogCapture();
        Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      assertThat(outbox.backlog()).isEqualTo(count);
      assertThat(outbox.peek(5000)).extracting(ReportEntry::seq).endsWith((long) count);
      assertThat(log.messages()).as("nothing to cut: the failed append was undone").isEmpty();
      assertThat(Files.size(TestEntries.newestSegment(dir))).isLessThanOrEqualTo(32 * 1024);
    }
  }
}
