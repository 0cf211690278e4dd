package io.hashwatch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What {@code bin/commander} refuses before it starts Payara Micro, with exit status 2. */
class LaunchScriptIT {

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
                "127.0.0.1:6900,127.0.0.1:6901"));
    assertThat(refusal.status()).isEqualTo(2);
    assertThat(refusal.output()).contains("HASHWATCH_NODE must name this node");
  }

  /** Micro would fail to bind it, say "Failed to start" and hang on without serving. */
  @Test
  void aPortThatAlreadyAnswersIsRefused() throws Exception {
    Path work = CommanderApi.workDir("script-port-taken");
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      Refusal refusal = run(work, Map.of("HASHWATCH_PORT", String.valueOf(taken.getLocalPort())));
      assertThat(refusal.status()).isEqualTo(2);
      assertThat(refusal.output())
          .contains("port " + taken.getLocalPort() + " already answers on this machine");
    }
  }

  private static Refusal run(Path work, Map<String, String> settings)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
                "bash",
                Path.of(System.getProperty("hashwatch.home"), "bin", "commander").toString())
            .directory(work.toFile())
            .redirectErrorStream(true);
    builder.environment().put("HASHWATCH_DEMO", "false");
    builder.environment().put("HASHWATCH_DATA_DIR", work.resolve("data").toString());
    builder.environment().putAll(settings);
    Process script = builder.start();
    if (!script.waitFor(30, TimeUnit.SECONDS)) {
      script.destroyForcibly();
      throw new IllegalStateException("bin/commander did not refuse: it went on to start Micro");
    }
    return new Refusal(
        script.exitValue(),
        new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  private record Refusal(int status, String output) {}
}
