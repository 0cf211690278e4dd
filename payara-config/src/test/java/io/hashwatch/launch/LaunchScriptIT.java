package io.hashwatch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What {@code bin/commander} refuses before it starts Payara Micro (exit status 2), and the starts
 * it stops because Micro would serve on without a commander (SIGTERM, exit status 143).
 */
class LaunchScriptIT {
  private static final Duration REFUSED_WITHIN = Duration.ofSeconds(30);
  private static final Duration STOPPED_WITHIN = Duration.ofMinutes(3);

  @Test
  void aClusterNodeWithoutANameIsRefused() throws Exception {
    Path work = CommanderApi.workDir("script-no-node");
    Refusal refusal =
        run(
            work,
            Map.of(
                "HASHWATCH_PORT",
                String.valueOf(LaunchedCommander.freePort()),
                "HASHWATCH_CLUSTER_MEMBERS",
                "127.0.0.1:6900,127.0.0.1:6901"),
            REFUSED_WITHIN);
    assertThat(refusal.status()).isEqualTo(2);
    assertThat(refusal.output()).contains("HASHWATCH_NODE must name this node");
  }

  /** Micro would fail to bind it, say "Failed to start" and hang on without serving. */
  @Test
  void aPortThatAlreadyAnswersIsRefused() throws Exception {
    Path work = CommanderApi.workDir("script-port-taken");
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      Refusal refusal =
          run(work, Map.of("HASHWATCH_PORT", String.valueOf(taken.getLocalPort())), REFUSED_WITHIN);
      assertThat(refusal.status()).isEqualTo(2);
      assertThat(refusal.output())
          .contains("port " + taken.getLocalPort() + " already answers on this machine");
    }
  }

  /**
   * Micro whose WAR did not deploy answers 404 to everything: the database here is a PostgreSQL URL
   * where nothing listens.
   */
  @Test
  void aCommanderWhoseDatabaseDoesNotAnswerIsStopped() throws Exception {
    Path work = CommanderApi.workDir("script-no-database");
    Refusal stopped =
        run(
            work,
            Map.of(
                "HASHWATCH_PORT",
                String.valueOf(LaunchedCommander.freePort()),
                "HASHWATCH_ADMIN_PASSWORD",
                "launch-script-secret",
                "HASHWATCH_DB_URL",
                "jdbc:postgresql://127.0.0.1:" + LaunchedCommander.freePort() + "/hashwatch",
                "HASHWATCH_DB_USER",
                "hashwatch",
                "HASHWATCH_DB_PASSWORD",
                "unused"),
            STOPPED_WITHIN);
    assertThat(stopped.status()).isEqualTo(143);
    assertThat(stopped.output()).contains("the commander application did not deploy");
  }

  /**
   * A program listening on another loopback address holds the port for Micro's wildcard bind, yet
   * the script's check on 127.0.0.1 finds nothing there: Micro says "Failed to start" and would
   * hang.
   */
  @Test
  void aPortMicroCannotBindStopsIt() throws Exception {
    Path work = CommanderApi.workDir("script-port-unbindable");
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
      Refusal stopped =
          run(
              work,
              Map.of(
                  "HASHWATCH_PORT",
                  String.valueOf(taken.getLocalPort()),
                  "HASHWATCH_ADMIN_PASSWORD",
                  "launch-script-secret"),
              STOPPED_WITHIN);
      assertThat(stopped.status()).isEqualTo(143);
      assertThat(stopped.output()).contains("Payara Micro could not start");
    }
  }

  private static Refusal run(Path work, Map<String, String> settings, Duration limit)
      throws IOException, InterruptedException {
    Path output = work.resolve("commander.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                "bash",
                Path.of(System.getProperty("hashwatch.home"), "bin", "commander").toString())
            .directory(work.toFile())
            .redirectErrorStream(true)
            // Micro's start fills more than a pipe holds: a file does not stall it.
            .redirectOutput(output.toFile());
    builder.environment().put("HASHWATCH_DEMO", "false");
    builder.environment().put("HASHWATCH_DATA_DIR", work.resolve("data").toString());
    builder.environment().putAll(settings);
    Process script = builder.start();
    if (!script.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
      script.destroyForcibly();
      throw new IllegalStateException(
          "bin/commander was still running after " + limit.toSeconds() + " s");
    }
    return new Refusal(script.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
  }

  private record Refusal(int status, String output) {}
}
