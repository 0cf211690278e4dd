package io.hashwatch.sentry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AsicCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  @Test
  void helpListsEveryFlag() {
    assertThat(execute(Map.of(), "asic", "--help")).isZero();
    assertThat(out.toString())
        .contains("--config", "--commander", "--id", "--token", "--devices", "--interval")
        .contains("--outbox", "--outbox-max-size", "--outbox-fsync", "--discover-every")
        .contains("Exit codes:");
  }

  @Test
  void aBadConfigFileIsExit2WithItsLine() throws Exception {
    Path config = Files.writeString(dir.resolve("asic.conf"), "id = a\nintervall = 30s\n");

    assertThat(execute(Map.of(), "asic", "--config", config.toString())).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("sentry asic: " + config + ":2: unknown setting 'intervall'");
  }

  @Test
  void aMissingSecretIsExit2NamingTheFlag() {
    int exit =
        execute(
            Map.of(),
            "asic",
            "--commander",
            "http://127.0.0.1:9",
            "--id",
            "farm-1",
            "--token",
            "env:FARM_TOKEN",
            "--devices",
            "10.0.0.5",
            "--outbox",
            dir.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .isEqualToIgnoringNewLines(
            "sentry asic: --token: token: the environment variable FARM_TOKEN is not set");
  }

  @Test
  void flagsOverrideTheConfigFile() throws Exception {
    Path config =
        Files.writeString(
            dir.resolve("asic.conf"),
            "id = a\ncommander = http://127.0.0.1:9\ntoken = t0ken\noutbox = "
                + dir
                + "\ndevices = 10.0.0.5\ninterval = 30s\n");

    int exit = execute(Map.of(), "asic", "--config", config.toString(), "--interval", "soon");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--interval: interval: 'soon' is not a duration");
  }

  @Test
  @Timeout(60) // a guard: were the outbox opened, the command would run until stopped
  void anOutboxThatCannotBeOpenedIsExit1() throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("file"), "x");

    int exit =
        execute(
            Map.of("TOKEN", "t0ken"),
            "asic",
            "--commander",
            "http://127.0.0.1:9",
            "--id",
            "farm-1",
            "--token",
            "env:TOKEN",
            "--devices",
            "10.0.0.5",
            "--outbox",
            notADirectory.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).startsWith("sentry asic: cannot open the outbox " + notADirectory);
  }

  private int execute(Map<String, String> environment, String... args) {
    CommandLine command = SentryCommand.commandLine(environment, Clock.systemUTC());
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }
}
